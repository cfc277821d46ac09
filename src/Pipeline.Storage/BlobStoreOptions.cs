using System.ComponentModel.DataAnnotations;

namespace Pipeline.Storage;

/// <summary>The <c>Pipeline</c> settings that choose and place the blob store.</summary>
public sealed class BlobStoreOptions : IValidatableObject
{
    public const string Section = "Pipeline";

    /// <summary>The connection string (<c>ConnectionStrings:Blobs</c>) of the Azure storage account.</summary>
    public const string ConnectionStringName = "Blobs";

    public BlobStoreKind BlobStore { get; set; } = BlobStoreKind.FileSystem;

    /// <summary>The data folder; file blobs live in its <c>blobs</c> folder.</summary>
    public string DataPath { get; set; } = "./data";

    /// <summary>
    /// Put before every Azure container name (<c>uploads</c>, <c>parsed</c>, …) so several deployments or test runs can
    /// share one storage account.
    /// </summary>
    [RegularExpression("^[a-z0-9-]{0,20}$", ErrorMessage = "Pipeline:BlobContainerPrefix may hold only lowercase letters, digits and hyphens (at most 20).")]
    public string BlobContainerPrefix { get; set; } = "";

    /// <summary>From <c>ConnectionStrings:Blobs</c>.</summary>
    public string? ConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BlobStore == BlobStoreKind.AzureBlob && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Pipeline:BlobStore is AzureBlob but ConnectionStrings:Blobs is not set (for Azurite: UseDevelopmentStorage=true).");
        }
        if (BlobStore == BlobStoreKind.FileSystem && string.IsNullOrWhiteSpace(DataPath))
        {
            yield return new ValidationResult("Pipeline:DataPath is empty: set the folder the blobs are written to.");
        }
    }
}
