namespace Resume.Scoring.Matching;

/// <summary>How much a posting's term matters, by where it stands; the value is its weight in the match rate.</summary>
internal enum TermImportance
{
    Preferred = 1,
    Mentioned = 2,
    Required = 3,
}
