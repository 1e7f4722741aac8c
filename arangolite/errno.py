"""ArangoDB error numbers and their texts (ArangoDB's error table, Apache-2.0).

Generated once from ArangoDB's errors table; ``MESSAGES[num]`` is the default
``errorMessage``, with ``%s``/``%d`` placeholders where ArangoDB fills in details.
"""

from __future__ import annotations

from typing import Final

NO_ERROR: Final = 0
FAILED: Final = 1
SYS_ERROR: Final = 2
OUT_OF_MEMORY: Final = 3
INTERNAL: Final = 4
ILLEGAL_NUMBER: Final = 5
NUMERIC_OVERFLOW: Final = 6
ILLEGAL_OPTION: Final = 7
DEAD_PID: Final = 8
NOT_IMPLEMENTED: Final = 9
BAD_PARAMETER: Final = 10
FORBIDDEN: Final = 11
CORRUPTED_CSV: Final = 13
FILE_NOT_FOUND: Final = 14
CANNOT_WRITE_FILE: Final = 15
CANNOT_OVERWRITE_FILE: Final = 16
TYPE_ERROR: Final = 17
LOCK_TIMEOUT: Final = 18
CANNOT_CREATE_DIRECTORY: Final = 19
CANNOT_CREATE_TEMP_FILE: Final = 20
REQUEST_CANCELED: Final = 21
DEBUG: Final = 22
IP_ADDRESS_INVALID: Final = 25
FILE_EXISTS: Final = 27
LOCKED: Final = 28
DEADLOCK: Final = 29
SHUTTING_DOWN: Final = 30
ONLY_ENTERPRISE: Final = 31
RESOURCE_LIMIT: Final = 32
ARANGO_ICU_ERROR: Final = 33
CANNOT_READ_FILE: Final = 34
INCOMPATIBLE_VERSION: Final = 35
DISABLED: Final = 36
MALFORMED_JSON: Final = 37
STARTING_UP: Final = 38
DESERIALIZE: Final = 39
END_OF_FILE: Final = 40
HTTP_BAD_PARAMETER: Final = 400
HTTP_UNAUTHORIZED: Final = 401
HTTP_FORBIDDEN: Final = 403
HTTP_NOT_FOUND: Final = 404
HTTP_METHOD_NOT_ALLOWED: Final = 405
HTTP_NOT_ACCEPTABLE: Final = 406
HTTP_REQUEST_TIMEOUT: Final = 408
HTTP_CONFLICT: Final = 409
HTTP_GONE: Final = 410
HTTP_PRECONDITION_FAILED: Final = 412
HTTP_ENHANCE_YOUR_CALM: Final = 420
HTTP_SERVER_ERROR: Final = 500
HTTP_NOT_IMPLEMENTED: Final = 501
HTTP_SERVICE_UNAVAILABLE: Final = 503
HTTP_GATEWAY_TIMEOUT: Final = 504
HTTP_CORRUPTED_JSON: Final = 600
HTTP_SUPERFLUOUS_SUFFICES: Final = 601
ARANGO_ILLEGAL_STATE: Final = 1000
ARANGO_READ_ONLY: Final = 1004
ARANGO_DUPLICATE_IDENTIFIER: Final = 1005
ARANGO_CORRUPTED_DATAFILE: Final = 1100
ARANGO_ILLEGAL_PARAMETER_FILE: Final = 1101
ARANGO_CORRUPTED_COLLECTION: Final = 1102
ARANGO_FILESYSTEM_FULL: Final = 1104
ARANGO_DATADIR_LOCKED: Final = 1107
ARANGO_CONFLICT: Final = 1200
ARANGO_DOCUMENT_NOT_FOUND: Final = 1202
ARANGO_DATA_SOURCE_NOT_FOUND: Final = 1203
ARANGO_COLLECTION_PARAMETER_MISSING: Final = 1204
ARANGO_DOCUMENT_HANDLE_BAD: Final = 1205
ARANGO_DUPLICATE_NAME: Final = 1207
ARANGO_ILLEGAL_NAME: Final = 1208
ARANGO_NO_INDEX: Final = 1209
ARANGO_UNIQUE_CONSTRAINT_VIOLATED: Final = 1210
ARANGO_INDEX_NOT_FOUND: Final = 1212
ARANGO_CROSS_COLLECTION_REQUEST: Final = 1213
ARANGO_INDEX_HANDLE_BAD: Final = 1214
ARANGO_DOCUMENT_TOO_LARGE: Final = 1216
ARANGO_COLLECTION_TYPE_INVALID: Final = 1218
ARANGO_ATTRIBUTE_PARSER_FAILED: Final = 1220
ARANGO_DOCUMENT_KEY_BAD: Final = 1221
ARANGO_DOCUMENT_KEY_UNEXPECTED: Final = 1222
ARANGO_DATADIR_NOT_WRITABLE: Final = 1224
ARANGO_OUT_OF_KEYS: Final = 1225
ARANGO_DOCUMENT_KEY_MISSING: Final = 1226
ARANGO_DOCUMENT_TYPE_INVALID: Final = 1227
ARANGO_DATABASE_NOT_FOUND: Final = 1228
ARANGO_DATABASE_NAME_INVALID: Final = 1229
ARANGO_USE_SYSTEM_DATABASE: Final = 1230
ARANGO_INVALID_KEY_GENERATOR: Final = 1232
ARANGO_INVALID_EDGE_ATTRIBUTE: Final = 1233
ARANGO_INDEX_CREATION_FAILED: Final = 1235
ARANGO_COLLECTION_TYPE_MISMATCH: Final = 1237
ARANGO_COLLECTION_NOT_LOADED: Final = 1238
ARANGO_DOCUMENT_REV_BAD: Final = 1239
ARANGO_INCOMPLETE_READ: Final = 1240
ARANGO_OLD_ROCKSDB_FORMAT: Final = 1241
ARANGO_INDEX_HAS_LEGACY_SORTED_KEYS: Final = 1242
ARANGO_EMPTY_DATADIR: Final = 1301
ARANGO_TRY_AGAIN: Final = 1302
ARANGO_BUSY: Final = 1303
ARANGO_MERGE_IN_PROGRESS: Final = 1304
ARANGO_IO_ERROR: Final = 1305
REPLICATION_NO_RESPONSE: Final = 1400
REPLICATION_INVALID_RESPONSE: Final = 1401
REPLICATION_LEADER_ERROR: Final = 1402
REPLICATION_LEADER_INCOMPATIBLE: Final = 1403
REPLICATION_LEADER_CHANGE: Final = 1404
REPLICATION_LOOP: Final = 1405
REPLICATION_UNEXPECTED_MARKER: Final = 1406
REPLICATION_INVALID_APPLIER_STATE: Final = 1407
REPLICATION_UNEXPECTED_TRANSACTION: Final = 1408
REPLICATION_SHARD_SYNC_ATTEMPT_TIMEOUT_EXCEEDED: Final = 1409
REPLICATION_INVALID_APPLIER_CONFIGURATION: Final = 1410
REPLICATION_RUNNING: Final = 1411
REPLICATION_APPLIER_STOPPED: Final = 1412
REPLICATION_NO_START_TICK: Final = 1413
REPLICATION_START_TICK_NOT_PRESENT: Final = 1414
REPLICATION_WRONG_CHECKSUM: Final = 1416
REPLICATION_SHARD_NONEMPTY: Final = 1417
REPLICATION_REPLICATED_LOG_NOT_FOUND: Final = 1418
REPLICATION_REPLICATED_LOG_NOT_THE_LEADER: Final = 1419
REPLICATION_REPLICATED_LOG_NOT_A_FOLLOWER: Final = 1420
REPLICATION_REPLICATED_LOG_APPEND_ENTRIES_REJECTED: Final = 1421
REPLICATION_REPLICATED_LOG_LEADER_RESIGNED: Final = 1422
REPLICATION_REPLICATED_LOG_FOLLOWER_RESIGNED: Final = 1423
REPLICATION_REPLICATED_LOG_PARTICIPANT_GONE: Final = 1424
REPLICATION_REPLICATED_LOG_INVALID_TERM: Final = 1425
REPLICATION_REPLICATED_LOG_UNCONFIGURED: Final = 1426
REPLICATION_REPLICATED_STATE_NOT_FOUND: Final = 1427
REPLICATION_REPLICATED_STATE_NOT_AVAILABLE: Final = 1428
REPLICATION_WRITE_CONCERN_NOT_FULFILLED: Final = 1429
REPLICATION_REPLICATED_LOG_SUBSEQUENT_FAULT: Final = 1430
REPLICATION_REPLICATED_STATE_IMPLEMENTATION_NOT_FOUND: Final = 1431
REPLICATION_REPLICATED_WAL_ERROR: Final = 1432
REPLICATION_REPLICATED_WAL_INVALID_FILE: Final = 1433
REPLICATION_REPLICATED_WAL_CORRUPT: Final = 1434
CLUSTER_NOT_FOLLOWER: Final = 1446
CLUSTER_FOLLOWER_TRANSACTION_COMMIT_PERFORMED: Final = 1447
CLUSTER_CREATE_COLLECTION_PRECONDITION_FAILED: Final = 1448
CLUSTER_SERVER_UNKNOWN: Final = 1449
CLUSTER_TOO_MANY_SHARDS: Final = 1450
CLUSTER_COULD_NOT_CREATE_COLLECTION_IN_PLAN: Final = 1454
CLUSTER_COULD_NOT_CREATE_COLLECTION: Final = 1456
CLUSTER_TIMEOUT: Final = 1457
CLUSTER_COULD_NOT_REMOVE_COLLECTION_IN_PLAN: Final = 1458
CLUSTER_COULD_NOT_CREATE_DATABASE_IN_PLAN: Final = 1460
CLUSTER_COULD_NOT_CREATE_DATABASE: Final = 1461
CLUSTER_COULD_NOT_REMOVE_DATABASE_IN_PLAN: Final = 1462
CLUSTER_COULD_NOT_REMOVE_DATABASE_IN_CURRENT: Final = 1463
CLUSTER_SHARD_GONE: Final = 1464
CLUSTER_CONNECTION_LOST: Final = 1465
CLUSTER_MUST_NOT_SPECIFY_KEY: Final = 1466
CLUSTER_GOT_CONTRADICTING_ANSWERS: Final = 1467
CLUSTER_NOT_ALL_SHARDING_ATTRIBUTES_GIVEN: Final = 1468
CLUSTER_MUST_NOT_CHANGE_SHARDING_ATTRIBUTES: Final = 1469
CLUSTER_UNSUPPORTED: Final = 1470
CLUSTER_ONLY_ON_COORDINATOR: Final = 1471
CLUSTER_READING_PLAN_AGENCY: Final = 1472
CLUSTER_AQL_COMMUNICATION: Final = 1474
CLUSTER_ONLY_ON_DBSERVER: Final = 1477
CLUSTER_BACKEND_UNAVAILABLE: Final = 1478
CLUSTER_AQL_COLLECTION_OUT_OF_SYNC: Final = 1481
CLUSTER_COULD_NOT_CREATE_INDEX_IN_PLAN: Final = 1482
CLUSTER_COULD_NOT_DROP_INDEX_IN_PLAN: Final = 1483
CLUSTER_CHAIN_OF_DISTRIBUTESHARDSLIKE: Final = 1484
CLUSTER_MUST_NOT_DROP_COLL_OTHER_DISTRIBUTESHARDSLIKE: Final = 1485
CLUSTER_UNKNOWN_DISTRIBUTESHARDSLIKE: Final = 1486
CLUSTER_INSUFFICIENT_DBSERVERS: Final = 1487
CLUSTER_COULD_NOT_DROP_FOLLOWER: Final = 1488
CLUSTER_SHARD_LEADER_REFUSES_REPLICATION: Final = 1489
CLUSTER_SHARD_FOLLOWER_REFUSES_OPERATION: Final = 1490
CLUSTER_SHARD_LEADER_RESIGNED: Final = 1491
CLUSTER_AGENCY_COMMUNICATION_FAILED: Final = 1492
CLUSTER_LEADERSHIP_CHALLENGE_ONGOING: Final = 1495
CLUSTER_NOT_LEADER: Final = 1496
CLUSTER_COULD_NOT_CREATE_VIEW_IN_PLAN: Final = 1497
CLUSTER_VIEW_ID_EXISTS: Final = 1498
CLUSTER_COULD_NOT_DROP_COLLECTION: Final = 1499
QUERY_KILLED: Final = 1500
QUERY_PARSE: Final = 1501
QUERY_EMPTY: Final = 1502
QUERY_SCRIPT: Final = 1503
QUERY_NUMBER_OUT_OF_RANGE: Final = 1504
QUERY_INVALID_GEO_VALUE: Final = 1505
QUERY_VARIABLE_NAME_INVALID: Final = 1510
QUERY_VARIABLE_REDECLARED: Final = 1511
QUERY_VARIABLE_NAME_UNKNOWN: Final = 1512
QUERY_COLLECTION_LOCK_FAILED: Final = 1521
QUERY_TOO_MANY_COLLECTIONS: Final = 1522
QUERY_TOO_MUCH_NESTING: Final = 1524
QUERY_INVALID_OPTIONS_ATTRIBUTE: Final = 1539
QUERY_FUNCTION_NAME_UNKNOWN: Final = 1540
QUERY_FUNCTION_ARGUMENT_NUMBER_MISMATCH: Final = 1541
QUERY_FUNCTION_ARGUMENT_TYPE_MISMATCH: Final = 1542
QUERY_INVALID_REGEX: Final = 1543
QUERY_BIND_PARAMETERS_INVALID: Final = 1550
QUERY_BIND_PARAMETER_MISSING: Final = 1551
QUERY_BIND_PARAMETER_UNDECLARED: Final = 1552
QUERY_BIND_PARAMETER_TYPE: Final = 1553
QUERY_VECTOR_SEARCH_NOT_APPLIED: Final = 1554
QUERY_VECTOR_INDEX_NOT_READY: Final = 1555
QUERY_INVALID_ARITHMETIC_VALUE: Final = 1561
QUERY_DIVISION_BY_ZERO: Final = 1562
QUERY_ARRAY_EXPECTED: Final = 1563
QUERY_COLLECTION_USED_IN_EXPRESSION: Final = 1568
QUERY_FAIL_CALLED: Final = 1569
QUERY_GEO_INDEX_MISSING: Final = 1570
QUERY_FULLTEXT_INDEX_MISSING: Final = 1571
QUERY_INVALID_DATE_VALUE: Final = 1572
QUERY_MULTI_MODIFY: Final = 1573
QUERY_INVALID_AGGREGATE_EXPRESSION: Final = 1574
QUERY_COMPILE_TIME_OPTIONS: Final = 1575
QUERY_DNF_COMPLEXITY: Final = 1576
QUERY_FORCED_INDEX_HINT_UNUSABLE: Final = 1577
QUERY_DISALLOWED_DYNAMIC_CALL: Final = 1578
QUERY_ACCESS_AFTER_MODIFICATION: Final = 1579
QUERY_FUNCTION_INVALID_NAME: Final = 1580
QUERY_FUNCTION_INVALID_CODE: Final = 1581
QUERY_FUNCTION_NOT_FOUND: Final = 1582
QUERY_FUNCTION_RUNTIME_ERROR: Final = 1583
QUERY_NOT_ELIGIBLE_FOR_PLAN_CACHING: Final = 1584
QUERY_BAD_JSON_PLAN: Final = 1590
QUERY_NOT_FOUND: Final = 1591
QUERY_USER_ASSERT: Final = 1593
QUERY_USER_WARN: Final = 1594
QUERY_WINDOW_AFTER_MODIFICATION: Final = 1595
CURSOR_NOT_FOUND: Final = 1600
CURSOR_BUSY: Final = 1601
VALIDATION_FAILED: Final = 1620
VALIDATION_BAD_PARAMETER: Final = 1621
TRANSACTION_INTERNAL: Final = 1650
TRANSACTION_NESTED: Final = 1651
TRANSACTION_UNREGISTERED_COLLECTION: Final = 1652
TRANSACTION_DISALLOWED_OPERATION: Final = 1653
TRANSACTION_ABORTED: Final = 1654
TRANSACTION_NOT_FOUND: Final = 1655
USER_INVALID_NAME: Final = 1700
USER_DUPLICATE: Final = 1702
USER_NOT_FOUND: Final = 1703
USER_EXTERNAL: Final = 1705
SERVICE_DOWNLOAD_FAILED: Final = 1752
SERVICE_UPLOAD_FAILED: Final = 1753
TASK_INVALID_ID: Final = 1850
TASK_DUPLICATE_ID: Final = 1851
TASK_NOT_FOUND: Final = 1852
GRAPH_INVALID_GRAPH: Final = 1901
GRAPH_INVALID_EDGE: Final = 1906
GRAPH_INVALID_FILTER_RESULT: Final = 1910
GRAPH_COLLECTION_MULTI_USE: Final = 1920
GRAPH_COLLECTION_USE_IN_MULTI_GRAPHS: Final = 1921
GRAPH_CREATE_MISSING_NAME: Final = 1922
GRAPH_CREATE_MALFORMED_EDGE_DEFINITION: Final = 1923
GRAPH_NOT_FOUND: Final = 1924
GRAPH_DUPLICATE: Final = 1925
GRAPH_VERTEX_COL_DOES_NOT_EXIST: Final = 1926
GRAPH_WRONG_COLLECTION_TYPE_VERTEX: Final = 1927
GRAPH_NOT_IN_ORPHAN_COLLECTION: Final = 1928
GRAPH_COLLECTION_USED_IN_EDGE_DEF: Final = 1929
GRAPH_EDGE_COLLECTION_NOT_USED: Final = 1930
GRAPH_NO_GRAPH_COLLECTION: Final = 1932
GRAPH_INVALID_NUMBER_OF_ARGUMENTS: Final = 1935
GRAPH_INVALID_PARAMETER: Final = 1936
GRAPH_COLLECTION_USED_IN_ORPHANS: Final = 1938
GRAPH_EDGE_COL_DOES_NOT_EXIST: Final = 1939
GRAPH_EMPTY: Final = 1940
GRAPH_INTERNAL_DATA_CORRUPT: Final = 1941
GRAPH_MUST_NOT_DROP_COLLECTION: Final = 1942
GRAPH_CREATE_MALFORMED_ORPHAN_LIST: Final = 1943
GRAPH_EDGE_DEFINITION_IS_DOCUMENT: Final = 1944
GRAPH_COLLECTION_IS_INITIAL: Final = 1945
GRAPH_NO_INITIAL_COLLECTION: Final = 1946
GRAPH_REFERENCED_VERTEX_COLLECTION_NOT_PART_OF_THE_GRAPH: Final = 1947
GRAPH_NEGATIVE_EDGE_WEIGHT: Final = 1948
GRAPH_COLLECTION_NOT_PART_OF_THE_GRAPH: Final = 1949
SESSION_UNKNOWN: Final = 1950
SESSION_EXPIRED: Final = 1951
SIMPLE_CLIENT_UNKNOWN_ERROR: Final = 2000
SIMPLE_CLIENT_COULD_NOT_CONNECT: Final = 2001
SIMPLE_CLIENT_COULD_NOT_WRITE: Final = 2002
SIMPLE_CLIENT_COULD_NOT_READ: Final = 2003
WAS_ERLAUBE: Final = 2019
INTERNAL_AQL: Final = 2200
MALFORMED_MANIFEST_FILE: Final = 3000
INVALID_SERVICE_MANIFEST: Final = 3001
SERVICE_FILES_MISSING: Final = 3002
SERVICE_FILES_OUTDATED: Final = 3003
INVALID_FOXX_OPTIONS: Final = 3004
INVALID_MOUNTPOINT: Final = 3007
SERVICE_NOT_FOUND: Final = 3009
SERVICE_NEEDS_CONFIGURATION: Final = 3010
SERVICE_MOUNTPOINT_CONFLICT: Final = 3011
SERVICE_MANIFEST_NOT_FOUND: Final = 3012
SERVICE_OPTIONS_MALFORMED: Final = 3013
SERVICE_SOURCE_NOT_FOUND: Final = 3014
SERVICE_SOURCE_ERROR: Final = 3015
SERVICE_UNKNOWN_SCRIPT: Final = 3016
SERVICE_API_DISABLED: Final = 3099
MODULE_NOT_FOUND: Final = 3100
MODULE_SYNTAX_ERROR: Final = 3101
MODULE_FAILURE: Final = 3103
NO_SMART_COLLECTION: Final = 4000
NO_SMART_GRAPH_ATTRIBUTE: Final = 4001
CANNOT_DROP_SMART_COLLECTION: Final = 4002
KEY_MUST_BE_PREFIXED_WITH_SMART_GRAPH_ATTRIBUTE: Final = 4003
ILLEGAL_SMART_GRAPH_ATTRIBUTE: Final = 4004
SMART_GRAPH_ATTRIBUTE_MISMATCH: Final = 4005
INVALID_SMART_JOIN_ATTRIBUTE: Final = 4006
KEY_MUST_BE_PREFIXED_WITH_SMART_JOIN_ATTRIBUTE: Final = 4007
NO_SMART_JOIN_ATTRIBUTE: Final = 4008
CLUSTER_MUST_NOT_CHANGE_SMART_JOIN_ATTRIBUTE: Final = 4009
INVALID_DISJOINT_SMART_EDGE: Final = 4010
UNSUPPORTED_CHANGE_IN_SMART_TO_SATELLITE_DISJOINT_EDGE_DIRECTION: Final = 4011
AGENCY_MALFORMED_GOSSIP_MESSAGE: Final = 20001
AGENCY_MALFORMED_INQUIRE_REQUEST: Final = 20002
AGENCY_INFORM_MUST_BE_OBJECT: Final = 20011
AGENCY_INFORM_MUST_CONTAIN_TERM: Final = 20012
AGENCY_INFORM_MUST_CONTAIN_ID: Final = 20013
AGENCY_INFORM_MUST_CONTAIN_ACTIVE: Final = 20014
AGENCY_INFORM_MUST_CONTAIN_POOL: Final = 20015
AGENCY_INFORM_MUST_CONTAIN_MIN_PING: Final = 20016
AGENCY_INFORM_MUST_CONTAIN_MAX_PING: Final = 20017
AGENCY_INFORM_MUST_CONTAIN_TIMEOUT_MULT: Final = 20018
AGENCY_CANNOT_REBUILD_DBS: Final = 20021
AGENCY_MALFORMED_TRANSACTION: Final = 20030
SUPERVISION_GENERAL_FAILURE: Final = 20501
QUEUE_FULL: Final = 21003
QUEUE_TIME_REQUIREMENT_VIOLATED: Final = 21004
TOO_MANY_DETACHED_THREADS: Final = 21005
ACTION_UNFINISHED: Final = 6003
HOT_BACKUP_INTERNAL: Final = 7001
HOT_RESTORE_INTERNAL: Final = 7002
BACKUP_TOPOLOGY: Final = 7003
NO_SPACE_LEFT_ON_DEVICE: Final = 7004
FAILED_TO_UPLOAD_BACKUP: Final = 7005
FAILED_TO_DOWNLOAD_BACKUP: Final = 7006
NO_SUCH_HOT_BACKUP: Final = 7007
REMOTE_REPOSITORY_CONFIG_BAD: Final = 7008
LOCAL_LOCK_FAILED: Final = 7009
LOCAL_LOCK_RETRY: Final = 7010
HOT_BACKUP_CONFLICT: Final = 7011
HOT_BACKUP_DBSERVERS_AWOL: Final = 7012
CLUSTER_COULD_NOT_MODIFY_ANALYZERS_IN_PLAN: Final = 7021
LICENSE_EXPIRED_OR_INVALID: Final = 9001
LICENSE_SIGNATURE_VERIFICATION: Final = 9002
LICENSE_NON_MATCHING_ID: Final = 9003
LICENSE_FEATURE_NOT_ENABLED: Final = 9004
LICENSE_RESOURCE_EXHAUSTED: Final = 9005
LICENSE_INVALID: Final = 9006
LICENSE_CONFLICT: Final = 9007
LICENSE_VALIDATION_FAILED: Final = 9008

MESSAGES: Final[dict[int, str]] = {
    0: "no error",
    1: "failed",
    2: "system error",
    3: "out of memory",
    4: "internal error",
    5: "illegal number",
    6: "numeric overflow",
    7: "illegal option",
    8: "dead process identifier",
    9: "not implemented",
    10: "bad parameter",
    11: "forbidden",
    13: "csv is corrupt",
    14: "file not found",
    15: "cannot write file",
    16: "cannot overwrite file",
    17: "type error",
    18: "lock timeout",
    19: "cannot create directory",
    20: "cannot create temporary file",
    21: "canceled request",
    22: "intentional debug error",
    25: "IP address is invalid",
    27: "file exists",
    28: "locked",
    29: "deadlock detected",
    30: "shutdown in progress",
    31: "only enterprise version",
    32: "resource limit exceeded",
    33: "icu error: %s",
    34: "cannot read file",
    35: "incompatible server version",
    36: "disabled",
    37: "malformed json",
    38: "startup ongoing",
    39: "error during deserialization",
    40: "reached end of file",
    400: "bad parameter",
    401: "unauthorized",
    403: "forbidden",
    404: "not found",
    405: "method not supported",
    406: "request not acceptable",
    408: "request timeout",
    409: "conflict",
    410: "content permanently deleted",
    412: "precondition failed",
    420: "enhance your calm",
    500: "internal server error",
    501: "not implemented",
    503: "service unavailable",
    504: "gateway timeout",
    600: "invalid JSON object",
    601: "superfluous URL suffices",
    1000: "illegal state",
    1004: "read only",
    1005: "duplicate identifier",
    1100: "corrupted datafile",
    1101: "illegal or unreadable parameter file",
    1102: "corrupted collection",
    1104: "filesystem full",
    1107: "database directory is locked",
    1200: "conflict",
    1202: "document not found",
    1203: "collection or view not found",
    1204: "parameter 'collection' not found",
    1205: "illegal document identifier",
    1207: "duplicate name",
    1208: "illegal name",
    1209: "no suitable index known",
    1210: "unique constraint violated",
    1212: "index not found",
    1213: "cross collection request not allowed",
    1214: "illegal index identifier",
    1216: "document too large",
    1218: "collection type invalid",
    1220: "parsing attribute name definition failed",
    1221: "illegal document key",
    1222: "unexpected document key",
    1224: "server database directory not writable",
    1225: "out of keys",
    1226: "missing document key",
    1227: "invalid document type",
    1228: "database not found",
    1229: "database name invalid",
    1230: "operation only allowed in system database",
    1232: "invalid key generator",
    1233: "expecting both `_from` and `_to` attributes to be defined in the edge document and have the format `<collectionName>/<vertexKey>`",
    1235: "index creation failed",
    1237: "collection type mismatch",
    1238: "collection not loaded",
    1239: "illegal document revision",
    1240: "incomplete read",
    1241: "not supported by old legacy data format",
    1242: "an index with legacy sorted keys has been found",
    1301: "server database directory is empty",
    1302: "operation should be tried again",
    1303: "engine is busy",
    1304: "merge in progress",
    1305: "storage engine I/O error",
    1400: "no response",
    1401: "invalid response",
    1402: "leader error",
    1403: "leader incompatible",
    1404: "leader change",
    1405: "loop detected",
    1406: "unexpected marker",
    1407: "invalid applier state",
    1408: "invalid transaction",
    1409: "shard synchronization attempt timeout exceeded",
    1410: "invalid replication applier configuration",
    1411: "cannot perform operation while applier is running",
    1412: "replication stopped",
    1413: "no start tick",
    1414: "start tick not present",
    1416: "wrong checksum",
    1417: "shard not empty",
    1418: "replicated log {} not found",
    1419: "not the log leader",
    1420: "not a log follower",
    1421: "follower rejected append entries request",
    1422: "a resigned leader instance rejected a request",
    1423: "a resigned follower instance rejected a request",
    1424: "the replicated log of the participant is gone",
    1425: "an invalid term was given",
    1426: "log participant unconfigured",
    1427: "replicated state {id:} of type {type:} not found",
    1428: "replicated state {id:} of type {type:} is unavailable",
    1429: "not enough replicas for the configured write-concern are present",
    1430: "operation aborted because a previous operation failed",
    1431: "replicated state type {type:} is unavailable",
    1432: "error in the replicated WAL subsystem",
    1433: "replicated WAL {file:} has an invalid or missing file header",
    1434: "replicated WAL {file:} is corrupt",
    1446: "not a follower",
    1447: "follower transaction intermediate commit already performed",
    1448: "creating collection failed due to precondition",
    1449: "got a request from an unknown server",
    1450: "too many shards",
    1454: "could not create collection in plan",
    1456: "could not create collection",
    1457: "timeout in cluster operation",
    1458: "could not remove collection from plan",
    1460: "could not create database in plan",
    1461: "could not create database",
    1462: "could not remove database from plan",
    1463: "could not remove database from current",
    1464: "no responsible shard found",
    1465: "cluster internal HTTP connection broken",
    1466: "must not specify _key for this collection",
    1467: "got contradicting answers from different shards",
    1468: "not all sharding attributes given",
    1469: "must not change the value of a shard key attribute",
    1470: "unsupported operation or parameter for clusters",
    1471: "this operation is only valid on a coordinator in a cluster",
    1472: "error reading Plan in agency",
    1474: "error in cluster internal communication for AQL",
    1477: "this operation is only valid on a DBserver in a cluster",
    1478: "A cluster backend which was required for the operation could not be reached",
    1481: "collection/view is out of sync",
    1482: "could not create index in plan",
    1483: "could not drop index in plan",
    1484: "chain of distributeShardsLike references",
    1485: "must not drop collection while another has a distributeShardsLike attribute pointing to it",
    1486: "must not have a distributeShardsLike attribute pointing to an unknown collection",
    1487: "the number of current DB-Servers is lower than the requested replicationFactor/writeConcern",
    1488: "a follower could not be dropped in agency",
    1489: "a shard leader refuses to perform a replication operation",
    1490: "a shard follower refuses to perform an operation",
    1491: "a (former) shard leader refuses to perform an operation, because it has resigned in the meantime",
    1492: "some agency operation failed",
    1495: "leadership challenge is ongoing",
    1496: "not a leader",
    1497: "could not create view in plan",
    1498: "view ID already exists",
    1499: "could not drop collection in plan",
    1500: "query killed",
    1501: "%s",
    1502: "query is empty",
    1503: "runtime error '%s'",
    1504: "number out of range",
    1505: "invalid geo coordinate value",
    1510: "variable name '%s' has an invalid format",
    1511: "variable '%s' is assigned multiple times",
    1512: "unknown variable '%s'",
    1521: "unable to read-lock collection %s",
    1522: "too many collections/shards",
    1524: "too much nesting or too many objects",
    1539: "unknown/invalid OPTIONS attribute used",
    1540: "usage of unknown function '%s()'",
    1541: "invalid number of arguments for function '%s()', expected number of arguments: minimum: %d, maximum: %d",
    1542: "invalid argument type in call to function '%s()'",
    1543: "invalid regex value",
    1550: "invalid structure of bind parameters",
    1551: "no value specified for declared bind parameter '%s'",
    1552: "bind parameter '%s' was not declared in the query",
    1553: "bind parameter '%s' has an invalid value or type",
    1554: "failed vector search",
    1555: "vector index not ready",
    1561: "invalid arithmetic value",
    1562: "division by zero",
    1563: "array expected",
    1568: "collection '%s' used as expression operand",
    1569: "FAIL(%s) called",
    1570: "no suitable geo index found for geo restriction on '%s'",
    1571: "no suitable fulltext index found for fulltext query on '%s'",
    1572: "invalid date value",
    1573: "multi-modify query",
    1574: "invalid aggregate expression",
    1575: "query options must be readable at query compile time",
    1576: "FILTER/PRUNE condition complexity is too high",
    1577: "could not use forced index hint",
    1578: "disallowed dynamic call to '%s'",
    1579: "access after data-modification by %s",
    1580: "invalid user function name",
    1581: "invalid user function code",
    1582: "user function '%s()' not found",
    1583: "user function runtime error: %s",
    1584: "query is not eligible for plan caching",
    1590: "bad execution plan JSON",
    1591: "query ID not found",
    1593: "%s",
    1594: "%s",
    1595: "window operation after data-modification",
    1600: "cursor not found",
    1601: "cursor is busy",
    1620: "schema validation failed",
    1621: "invalid schema validation parameter",
    1650: "internal transaction error",
    1651: "nested transactions detected",
    1652: "unregistered collection used in transaction",
    1653: "disallowed operation inside transaction",
    1654: "transaction aborted",
    1655: "transaction not found",
    1700: "invalid user name",
    1702: "duplicate user",
    1703: "user not found",
    1705: "user is external",
    1752: "service download failed",
    1753: "service upload failed",
    1850: "invalid task id",
    1851: "duplicate task id",
    1852: "task not found",
    1901: "invalid graph",
    1906: "invalid edge",
    1910: "invalid filter result",
    1920: "multi use of edge collection in edge def",
    1921: "edge collection already used in edge def",
    1922: "missing graph name",
    1923: "malformed edge definition",
    1924: "graph '%s' not found",
    1925: "graph already exists",
    1926: "vertex collection does not exist or is not part of the graph",
    1927: "collection not a vertex collection",
    1928: "collection is not in list of orphan collections",
    1929: "collection already used in edge def",
    1930: "edge collection not used in graph",
    1932: "collection _graphs does not exist",
    1935: "Invalid number of arguments. Expected:",
    1936: "Invalid parameter type.",
    1938: "collection used in orphans",
    1939: "edge collection does not exist or is not part of the graph",
    1940: "empty graph",
    1941: "internal graph data corrupt",
    1942: "must not drop collection while part of graph",
    1943: "malformed orphan list",
    1944: "edge definition collection is a document collection",
    1945: "initial collection is not allowed to be removed manually",
    1946: "no valid initial collection found",
    1947: "referenced vertex collection is not part of the graph",
    1948: "negative edge weight found",
    1949: "the given collection is not part of the graph",
    1950: "unknown session",
    1951: "session expired",
    2000: "unknown client error",
    2001: "could not connect to server",
    2002: "could not write to server",
    2003: "could not read from server",
    2019: "was erlaube?!",
    2200: "General internal AQL error",
    3000: "failed to parse manifest file",
    3001: "manifest file is invalid",
    3002: "service files missing",
    3003: "service files outdated",
    3004: "service options are invalid",
    3007: "invalid mountpath",
    3009: "service not found",
    3010: "service needs configuration",
    3011: "service already exists",
    3012: "missing manifest file",
    3013: "failed to parse service options",
    3014: "source path not found",
    3015: "error resolving source",
    3016: "unknown script",
    3099: "service api disabled",
    3100: "cannot locate module",
    3101: "syntax error in module",
    3103: "failed to invoke module",
    4000: "collection is not smart",
    4001: "smart graph attribute not given",
    4002: "cannot drop this smart collection",
    4003: "in smart vertex collections _key must be a string and prefixed with the value of the smart graph attribute",
    4004: "attribute cannot be used as smart graph attribute",
    4005: "smart graph attribute mismatch",
    4006: "invalid smart join attribute declaration",
    4007: "shard key value must be prefixed with the value of the smart join attribute",
    4008: "smart join attribute not given or invalid",
    4009: "must not change the value of the smartJoinAttribute",
    4010: "non disjoint edge found",
    4011: "Unsupported alternating Smart and Satellite in Disjoint SmartGraph.",
    20001: "malformed gossip message",
    20002: "malformed inquire request",
    20011: "Inform message must be an object.",
    20012: "Inform message must contain uint parameter 'term'",
    20013: "Inform message must contain string parameter 'id'",
    20014: "Inform message must contain array 'active'",
    20015: "Inform message must contain object 'pool'",
    20016: "Inform message must contain object 'min ping'",
    20017: "Inform message must contain object 'max ping'",
    20018: "Inform message must contain object 'timeoutMult'",
    20021: "Cannot rebuild readDB and spearHead",
    20030: "malformed agency transaction",
    20501: "general supervision failure",
    21003: "queue is full",
    21004: "queue time violated",
    21005: "too many detached scheduler threads",
    6003: "maintenance action still processing",
    7001: "internal hot backup error",
    7002: "internal hot restore error",
    7003: "backup does not match this topology",
    7004: "no space left on device",
    7005: "failed to upload hot backup set to remote target",
    7006: "failed to download hot backup set from remote source",
    7007: "no such hot backup set can be found",
    7008: "remote hotback repository configuration error",
    7009: "some db servers cannot be reached for transaction locks",
    7010: "some db servers cannot be reached for transaction locks",
    7011: "hot backup conflict",
    7012: "hot backup not all db servers reachable",
    7021: "analyzers in plan could not be modified",
    9001: "license has expired or is invalid",
    9002: "license verification failed",
    9003: "non-matching license id",
    9004: "feature is not enabled by the license",
    9005: "the resource is exhausted",
    9006: "invalid license",
    9007: "conflicting license",
    9008: "failed to validate license signature",
}
