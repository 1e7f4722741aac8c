"""Measuring ProcessKG against its golden sets: extraction (labelled sentences) and answers."""
