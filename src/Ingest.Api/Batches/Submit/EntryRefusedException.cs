namespace Ingest.Api.Batches.Submit;

/// <summary>Thrown while an entry is read (too large, a bomb, the batch's total spent): the entry is refused, the rest go on.</summary>
public sealed class EntryRefusedException(string code, string message) : IOException(message)
{
    public string Code { get; } = code;
}
