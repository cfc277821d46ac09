namespace Score.Weakening;

/// <summary>One résumé scored as written and weakened, with the per-check scores of both.</summary>
internal sealed record CaseResult(string Name, int Original, int Weakened, IReadOnlyDictionary<string, (int Original, int Weakened)> Checks)
{
    /// <summary>The guide's field a generated résumé was written for.</summary>
    public string? Group { get; init; }

    public int Drop => Original - Weakened;
}
