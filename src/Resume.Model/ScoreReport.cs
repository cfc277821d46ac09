namespace Resume.Model;

/// <summary>
/// The score stage's result (<c>score.json</c>): an overall 0–100 score, sub-scores, how well the résumé fits the role,
/// every check with its evidence and fix, the job-posting match when a posting was given, the verdict, and the guide's
/// advice the render stage shows.
/// </summary>
public sealed record ScoreReport
{
    public int Score { get; init; }

    /// <summary>
    /// False when the file gave no text to read (a scan or photo without OCR): only what an applicant tracking system
    /// makes of the file is judged, and <see cref="Score"/> says nothing about the content.
    /// </summary>
    public bool Readable { get; init; } = true;

    /// <summary>One sentence that sums the report up, agreeing with the score band, the failed checks and the role fit.</summary>
    public string Verdict { get; init; } = "";

    /// <summary>Which guide the résumé was scored against and how well it fits it; null only in reports made before role fit.</summary>
    public RoleFit? RoleFit { get; init; }

    /// <summary>0–100 per category (keys are <see cref="CheckResult.Category"/> values).</summary>
    public IReadOnlyDictionary<string, int> Subscores { get; init; } = new Dictionary<string, int>();

    public IReadOnlyList<CheckResult> Checks { get; init; } = [];

    /// <summary>Only when a job posting was given.</summary>
    public JobMatch? Match { get; init; }

    public GuideSummary Guide { get; init; } = new();
}

/// <param name="Id">Stable, for programs (<c>quantified-impact</c>).</param>
/// <param name="Title">What is checked, for people.</param>
/// <param name="Status">One of <see cref="CheckStatus"/>.</param>
/// <param name="Weight">Share of the overall score this check carries.</param>
/// <param name="Category">The sub-score it counts toward.</param>
/// <param name="Detail">What was found, in a sentence with the figures.</param>
/// <param name="Evidence">The resume's own lines the finding refers to.</param>
/// <param name="Fix">What to change; empty when the check passes.</param>
public sealed record CheckResult(
    string Id,
    string Title,
    string Status,
    int Weight,
    string Category,
    string Detail,
    IReadOnlyList<string> Evidence,
    string Fix)
{
    /// <summary>How well this check did, 0–100; the overall score is the weighted mean of these (before rounding).</summary>
    public int Score { get; init; }
}

public static class CheckStatus
{
    public const string Pass = "pass";
    public const string Warn = "warn";
    public const string Fail = "fail";
}

/// <param name="Rate">Share of the posting's skills and keywords the resume shows, 0–1.</param>
/// <param name="Matched">Found in the resume, most important first.</param>
/// <param name="Missing">Not found, most important first.</param>
/// <param name="MissingImportant">The missing ones worth adding first (required, or named often in the posting).</param>
public sealed record JobMatch(
    double Rate,
    IReadOnlyList<string> Matched,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> MissingImportant)
{
    /// <summary>Every skill and keyword of the posting with how much it matters there, most important first.</summary>
    public IReadOnlyList<JobTerm> Terms { get; init; } = [];
}

/// <param name="Name">The skill's canonical name, or the keyword as the posting writes it.</param>
/// <param name="Kind"><c>skill</c> (from the skills taxonomy) or <c>keyword</c> (another salient term of the posting).</param>
/// <param name="Importance"><c>required</c>, <c>preferred</c> (nice to have) or <c>mentioned</c>.</param>
/// <param name="Count">How often the posting names it.</param>
/// <param name="Found">Whether the résumé shows it.</param>
public sealed record JobTerm(string Name, string Kind, string Importance, int Count, bool Found);

/// <summary>What the render stage needs from the role guide, so it never has to load guides itself.</summary>
public sealed record GuideSummary
{
    public string Role { get; init; } = "";
    public string Title { get; init; } = "";

    /// <summary>Section kinds (<see cref="SectionKinds"/>) in the order the guide recommends.</summary>
    public IReadOnlyList<string> SectionOrder { get; init; } = [];

    /// <summary>Pages the guide recommends for this candidate's years of experience.</summary>
    public int RecommendedPages { get; init; } = 1;

    /// <summary>The guide's advice that applies to this resume, in the guide's own (rewritten) words.</summary>
    public IReadOnlyList<string> Advice { get; init; } = [];
}
