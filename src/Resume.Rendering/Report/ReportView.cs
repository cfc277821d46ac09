namespace Resume.Rendering.Report;

/// <summary>
/// Everything the report shows, cleaned, bounded and in reading order; the HTML and the PDF draw the same view so they
/// always say the same thing.
/// </summary>
/// <param name="Verdict">The score stage's one-line verdict.</param>
/// <param name="RoleLine">Which guide the résumé was scored against, and how it fits: "Scored as a Teacher résumé, the guide it fits best."</param>
/// <param name="Readable">False when the file gave no text: the report then holds the one cause, not a judgement of content.</param>
internal sealed record ReportView(
    string Candidate,
    string RoleTitle,
    int Score,
    ScoreBand Band,
    string Verdict,
    string RoleLine,
    bool Readable,
    IReadOnlyList<SubscoreView> Subscores,
    IReadOnlyList<CheckView> Checks,
    int Failed,
    int Warned,
    int Passed,
    MatchView? Match,
    IReadOnlyList<string> Advice,
    ResumeFacts Facts,
    IReadOnlyList<string> Notes);

internal sealed record SubscoreView(string Name, int Value, ScoreBand Band);

/// <param name="Status">The stage's status value (<c>pass</c>, <c>warn</c>, <c>fail</c>).</param>
/// <param name="StatusLabel">The same for people.</param>
/// <param name="EvidenceLeftOut">Evidence lines beyond the report's limit.</param>
internal sealed record CheckView(
    string Id,
    string Title,
    string Status,
    string StatusLabel,
    int Weight,
    string Category,
    string Detail,
    IReadOnlyList<string> Evidence,
    int EvidenceLeftOut,
    string Fix);

/// <param name="Rate">0–100.</param>
/// <param name="MissingImportant">Missing terms the posting requires or names often: worth adding first.</param>
/// <param name="MissingOther">The rest of the missing terms.</param>
internal sealed record MatchView(int Rate, IReadOnlyList<string> Matched, IReadOnlyList<string> MissingImportant, IReadOnlyList<string> MissingOther);

/// <summary>What the parser read from the file, so people see what an ATS would see.</summary>
/// <param name="File">"PDF, 2 pages, 612 words"; empty when nothing is known.</param>
/// <param name="Unplaced">Lines the parser read into no field, each with the section it sat under.</param>
/// <param name="UnplacedMore">Such lines beyond those listed.</param>
internal sealed record ResumeFacts(string File, IReadOnlyList<string> Sections, IReadOnlyList<string> Warnings,
    IReadOnlyList<UnplacedView> Unplaced, int UnplacedMore)
{
    /// <summary>What the report says over the list of unplaced lines.</summary>
    public const string UnplacedTitle = "Lines we could not place";

    public const string UnplacedAdvice = "We read these lines but could not tell what they are, so they are in none of the findings. "
        + "An applicant tracking system may drop them too: check these parts of your file, and give them a standard heading "
        + "or the layout of the entries around them.";
}

/// <param name="Section">The heading the line sat under, or "Top of the page" above the first heading.</param>
internal sealed record UnplacedView(string Text, string Section);
