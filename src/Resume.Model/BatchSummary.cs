namespace Resume.Model;

/// <summary>
/// What a career centre's staff act on after a batch: how the scores fall, which sub-scores are weak, which checks most
/// students fail, how many resumes an ATS cannot read, and which of the posting's skills are most often missing.
/// Figures only, no names: it holds no personal data.
/// </summary>
public sealed record BatchSummary
{
    public string BatchId { get; init; } = "";
    public string Status { get; init; } = "";
    public string Role { get; init; } = "";
    public string RoleTitle { get; init; } = "";

    /// <summary>The uploaded archive's name, when there was one.</summary>
    public string? Source { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Resumes accepted (one scan each), then how they ended, and the entries that were not scanned.</summary>
    public int Total { get; init; }
    public int Completed { get; init; }
    public int Failed { get; init; }
    public int Skipped { get; init; }
    public int Duplicates { get; init; }

    public ScoreSpread Scores { get; init; } = new();

    /// <summary>The mean of each sub-score over the scored resumes, in the order reports show them.</summary>
    public IReadOnlyList<SubscoreAverage> Subscores { get; init; } = [];

    /// <summary>The checks most students fail, most first.</summary>
    public IReadOnlyList<CheckTally> FailedChecks { get; init; } = [];

    public AtsReadability Readability { get; init; } = new();

    /// <summary>Only with a job posting: its skills and keywords most often missing, most first.</summary>
    public IReadOnlyList<SkillTally> MissingSkills { get; init; } = [];

    /// <summary>Why scans failed, by error code, most first.</summary>
    public IReadOnlyList<FailureTally> Failures { get; init; } = [];
}

/// <summary>How the scores of the scored resumes fall.</summary>
public sealed record ScoreSpread
{
    /// <summary>Mean score; null when no resume was scored.</summary>
    public double? Average { get; init; }

    public int? Median { get; init; }

    /// <summary>Ten bands of ten points (0–9 … 90–100), each with how many resumes fall in it.</summary>
    public IReadOnlyList<ScoreRange> Distribution { get; init; } = [];

    /// <summary>Resumes at 80 or more, 60–79 and below 60: the bands the reports colour.</summary>
    public int Strong { get; init; }
    public int Fair { get; init; }
    public int Low { get; init; }
}

/// <param name="From">Lowest score in the band.</param>
/// <param name="To">Highest score in the band.</param>
public sealed record ScoreRange(int From, int To, int Count);

public sealed record SubscoreAverage(string Category, string Title, double Average);

/// <param name="Students">Scored resumes that fail it.</param>
/// <param name="Share">Of the scored resumes, 0–1.</param>
public sealed record CheckTally(string Id, string Title, int Students, double Share);

/// <summary>How many resumes an applicant tracking system cannot read well.</summary>
public sealed record AtsReadability
{
    /// <summary>Resumes the parser read: the base of <see cref="Share"/>.</summary>
    public int Parsed { get; init; }

    /// <summary>With no text layer: an ATS sees an empty page.</summary>
    public int ImageOnly { get; init; }

    /// <summary>Laid out in columns an ATS may read across.</summary>
    public int MultiColumn { get; init; }

    /// <summary>With either warning.</summary>
    public int Unreadable { get; init; }

    /// <summary><see cref="Unreadable"/> of <see cref="Parsed"/>, 0–1.</summary>
    public double Share { get; init; }

    /// <summary>Files the parser could not read at all (damaged, encrypted, not a resume).</summary>
    public int NotRead { get; init; }
}

public sealed record SkillTally(string Skill, int Students, double Share);

public sealed record FailureTally(string Code, int Count);
