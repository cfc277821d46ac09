namespace Ingest.Data.Database;

public enum DatabaseProvider
{
    /// <summary>A file under the data folder: the all-in-one mode.</summary>
    Sqlite,
    Postgres,
    SqlServer,
}
