"""Entity resolution: one node per canonical id, aliases, a merge log that can be reverted."""

from __future__ import annotations

import pytest

from graph.errors import Conflict, NotFound
from graph.ingest.pipeline import IngestPipeline
from graph.merges import MergeLog
from graph.ontology import EntityType

AMMONIA = "7664-41-7"
LOOP = b"# Loop\n\nThe converter R-101 produces ammonia. NH3 is sent to the separator V-110.\n"
LATER = b"# Storage\n\nNH3 from V-110 is stored in TK-501.\n"


def test_names_with_one_cas_number_are_one_entity_with_aliases(pipeline: IngestPipeline) -> None:
    pipeline.ingest(LOOP, "loop.md")
    ammonia = pipeline.store.entities.find(EntityType.CHEMICAL, AMMONIA)
    assert ammonia is not None and ammonia.name == "ammonia" and ammonia.aliases == ["NH3"]
    assert {m.text for m in pipeline.store.entities.mentions(ammonia.key)} == {"ammonia", "NH3"}


def test_every_merge_is_logged_with_its_rule_and_document(pipeline: IngestPipeline) -> None:
    result = pipeline.ingest(LOOP, "loop.md")
    [merge] = [m for m in MergeLog(pipeline.store.db).list() if m.alias == "NH3"]
    assert (merge.alias, merge.name, merge.rule) == ("NH3", "ammonia", "same_cas_number")
    assert merge.document == result.document.key and merge.reverted_at is None


def nh3_merge(log: MergeLog) -> str:
    return next(m.key for m in log.list() if m.alias == "NH3")


def test_reverting_a_merge_splits_the_name_off_with_its_mentions(pipeline: IngestPipeline) -> None:
    pipeline.ingest(LOOP, "loop.md")
    log = MergeLog(pipeline.store.db)
    report = log.revert(nh3_merge(log))
    split = pipeline.store.entities.get(report.split_entity)
    ammonia = pipeline.store.entities.find(EntityType.CHEMICAL, AMMONIA)
    assert (split.name, split.type, report.mentions_moved) == ("NH3", EntityType.CHEMICAL, 1)
    assert ammonia is not None and ammonia.aliases == []
    assert [m.text for m in pipeline.store.entities.mentions(split.key)] == ["NH3"]
    assert log.get(nh3_merge(log)).split_into == split.canonical_id


def test_a_reverted_merge_stays_reverted_for_later_documents(pipeline: IngestPipeline) -> None:
    pipeline.ingest(LOOP, "loop.md")
    log = MergeLog(pipeline.store.db)
    split = log.revert(nh3_merge(log)).split_entity
    pipeline.ingest(LATER, "storage.md")
    texts = [m.text for m in pipeline.store.entities.mentions(split)]
    assert texts == ["NH3", "NH3"]


def test_reverting_twice_or_an_unknown_merge_is_refused(pipeline: IngestPipeline) -> None:
    pipeline.ingest(LOOP, "loop.md")
    log = MergeLog(pipeline.store.db)
    key = nh3_merge(log)
    log.revert(key)
    with pytest.raises(Conflict):
        log.revert(key)
    with pytest.raises(NotFound):
        log.revert("no-such-merge")


def test_deleting_the_document_drops_its_merges(pipeline: IngestPipeline) -> None:
    result = pipeline.ingest(LOOP, "loop.md")
    pipeline.store.delete_document(result.document.key)
    assert MergeLog(pipeline.store.db).list() == []
