namespace Pipeline.Storage;

public enum BlobStoreKind
{
    /// <summary>Files under <see cref="BlobStoreOptions.DataPath"/>: the all-in-one mode, nothing to install.</summary>
    FileSystem,

    /// <summary>Azure Blob Storage (Azurite locally) at <c>ConnectionStrings:Blobs</c>.</summary>
    AzureBlob,
}
