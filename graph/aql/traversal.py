"""AQL graph queries over ``relations``: neighbourhoods and paths between entities.

The neighbourhood queries differ only in their direction keyword (AQL does not take
it as a bind variable). ``@relation_types``/``@entity_types`` empty means "any".
Traversal stops at an edge of a type that is not allowed (PRUNE), so an entity
reached only through such an edge is not part of the result.
"""

NEIGHBOURHOOD_ANY = """
LET start = DOCUMENT(@@entities, @key)
LET hits = (
  FOR v, e, p IN 1..@depth ANY start @@relations
    PRUNE e != null AND LENGTH(@relation_types) > 0 AND e.type NOT IN @relation_types
    OPTIONS {order: "bfs", uniqueVertices: "path"}
    FILTER LENGTH(@relation_types) == 0 OR p.edges[*].type ALL IN @relation_types
    FILTER LENGTH(@entity_types) == 0 OR v.type IN @entity_types
    LIMIT @limit
    RETURN {v, e, depth: LENGTH(p.edges)}
)
LET entities = (
  FOR h IN hits
    COLLECT id = h.v._id INTO group
    LET depth = MIN(group[*].h.depth)
    SORT depth, id
    RETURN {entity: UNSET(FIRST(group).h.v, "embedding"), depth}
)
LET ids = APPEND([start._id], entities[*].entity._id)
LET relations = (
  FOR h IN hits
    LET e = h.e
    FILTER e._from IN ids AND e._to IN ids
    COLLECT id = e._id INTO group
    RETURN FIRST(group).e
)
RETURN start == null ? null : {center: UNSET(start, "embedding"), entities, relations}
"""

NEIGHBOURHOOD_OUTBOUND = """
LET start = DOCUMENT(@@entities, @key)
LET hits = (
  FOR v, e, p IN 1..@depth OUTBOUND start @@relations
    PRUNE e != null AND LENGTH(@relation_types) > 0 AND e.type NOT IN @relation_types
    OPTIONS {order: "bfs", uniqueVertices: "path"}
    FILTER LENGTH(@relation_types) == 0 OR p.edges[*].type ALL IN @relation_types
    FILTER LENGTH(@entity_types) == 0 OR v.type IN @entity_types
    LIMIT @limit
    RETURN {v, e, depth: LENGTH(p.edges)}
)
LET entities = (
  FOR h IN hits
    COLLECT id = h.v._id INTO group
    LET depth = MIN(group[*].h.depth)
    SORT depth, id
    RETURN {entity: UNSET(FIRST(group).h.v, "embedding"), depth}
)
LET ids = APPEND([start._id], entities[*].entity._id)
LET relations = (
  FOR h IN hits
    LET e = h.e
    FILTER e._from IN ids AND e._to IN ids
    COLLECT id = e._id INTO group
    RETURN FIRST(group).e
)
RETURN start == null ? null : {center: UNSET(start, "embedding"), entities, relations}
"""

NEIGHBOURHOOD_INBOUND = """
LET start = DOCUMENT(@@entities, @key)
LET hits = (
  FOR v, e, p IN 1..@depth INBOUND start @@relations
    PRUNE e != null AND LENGTH(@relation_types) > 0 AND e.type NOT IN @relation_types
    OPTIONS {order: "bfs", uniqueVertices: "path"}
    FILTER LENGTH(@relation_types) == 0 OR p.edges[*].type ALL IN @relation_types
    FILTER LENGTH(@entity_types) == 0 OR v.type IN @entity_types
    LIMIT @limit
    RETURN {v, e, depth: LENGTH(p.edges)}
)
LET entities = (
  FOR h IN hits
    COLLECT id = h.v._id INTO group
    LET depth = MIN(group[*].h.depth)
    SORT depth, id
    RETURN {entity: UNSET(FIRST(group).h.v, "embedding"), depth}
)
LET ids = APPEND([start._id], entities[*].entity._id)
LET relations = (
  FOR h IN hits
    LET e = h.e
    FILTER e._from IN ids AND e._to IN ids
    COLLECT id = e._id INTO group
    RETURN FIRST(group).e
)
RETURN start == null ? null : {center: UNSET(start, "embedding"), entities, relations}
"""

ENDPOINTS = """
RETURN {
  source: DOCUMENT(@@entities, @source) != null,
  target: DOCUMENT(@@entities, @target) != null
}
"""

SHORTEST_PATH = """
LET steps = (
  FOR v, e IN ANY SHORTEST_PATH @source_id TO @target_id @@relations
    RETURN {v: UNSET(v, "embedding"), e}
)
RETURN LENGTH(steps) == 0 ? null : {
  entities: steps[*].v,
  relations: steps[* FILTER CURRENT.e != null].e
}
"""

TYPED_SHORTEST_PATH = """
FOR v, e, p IN 1..@max_depth ANY @source_id @@relations
  PRUNE v._id == @target_id OR (e != null AND e.type NOT IN @relation_types)
  OPTIONS {order: "bfs", uniqueVertices: "path"}
  FILTER v._id == @target_id AND p.edges[*].type ALL IN @relation_types
  LIMIT 1
  RETURN {entities: p.vertices[* RETURN UNSET(CURRENT, "embedding")], relations: p.edges}
"""
