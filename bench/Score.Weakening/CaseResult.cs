namespace Score.Weakening;

/// <summary>One résumé scored as written and weakened, with the per-check scores of both.</summary>
internal sealed record CaseResult(string Name, int Original, int Weakened, IReadOnlyDictionary<string, (int Original, int Weakened)> Checks)
{
    public int Drop => Original - Weakened;
}
