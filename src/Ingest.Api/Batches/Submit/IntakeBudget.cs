namespace Ingest.Api.Batches.Submit;

/// <summary>
/// The inflated bytes a batch may still take. An entry that would pass the total is refused and what it read is given
/// back, so a smaller entry after it may still fit.
/// </summary>
public sealed class IntakeBudget(long total)
{
    private long _spent;
    private long _entry;

    public long Total => total;

    public void StartEntry() => _entry = 0;

    public void Spend(long bytes)
    {
        _entry += bytes;
        if (_spent + _entry > total)
        {
            throw new EntryRefusedException(EntryCodes.BatchTooLarge,
                $"With this entry the batch would inflate to more than {total / 1024.0 / 1024:0} MiB; send the rest in another batch.");
        }
    }

    /// <summary>Keeps what the entry read (it was stored) or gives it back (it was refused).</summary>
    public void EndEntry(bool kept)
    {
        if (kept)
        {
            _spent += _entry;
        }
        _entry = 0;
    }
}
