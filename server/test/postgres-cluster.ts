// The tests' throwaway PostgreSQL is the cluster command's PostgreSQL (packages/cluster), started
// without a dir of its own: one implementation for both, so what the tests run on is what an
// operator starts.
export {
  CLUSTER_USER,
  createDatabaseOn,
  databaseUrl,
  dropDatabaseOn,
  type PostgresCluster,
  type PostgresClusterOptions,
  startPostgresCluster,
  TEMPLATE_DATABASE,
} from "@portico/cluster/postgres";
