using System.ComponentModel.DataAnnotations;

namespace Ingest.Data.Database;

/// <summary>The <c>Database</c> settings, with <c>ConnectionStrings:Pipeline</c>.</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    /// <summary>The connection string (<c>ConnectionStrings:Pipeline</c>) of the database.</summary>
    public const string ConnectionStringName = "Pipeline";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>From <c>ConnectionStrings:Pipeline</c>; for SQLite, a file in the data folder when unset.</summary>
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult($"Database:Provider is {Provider} but ConnectionStrings:Pipeline is not set.");
        }
    }
}
