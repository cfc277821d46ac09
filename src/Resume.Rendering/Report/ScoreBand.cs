namespace Resume.Rendering.Report;

/// <summary>How a 0–100 score reads: the colour it is drawn in and the one-line verdict under it.</summary>
internal enum ScoreBand
{
    Low,
    Fair,
    Strong,
}

internal static class ScoreBands
{
    public static ScoreBand Of(int score) => score switch
    {
        >= 80 => ScoreBand.Strong,
        >= 60 => ScoreBand.Fair,
        _ => ScoreBand.Low,
    };

    public static string Verdict(ScoreBand band) => band switch
    {
        ScoreBand.Strong => "Strong: an applicant tracking system reads this resume well. Polish the points below and send it.",
        ScoreBand.Fair => "Fair: the basics are in place, and the changes below will lift it noticeably.",
        _ => "Needs work: start with the failed checks below; each one says what to change.",
    };

    /// <summary>Colours as hex, shared by the HTML and the PDF.</summary>
    public static string Colour(ScoreBand band) => band switch
    {
        ScoreBand.Strong => ReportColours.Pass,
        ScoreBand.Fair => ReportColours.Warn,
        _ => ReportColours.Fail,
    };
}

internal static class ReportColours
{
    public const string Pass = "#1b7f3b";
    public const string Warn = "#a85d00";
    public const string Fail = "#c0262d";
    public const string Ink = "#1f2430";
    public const string Muted = "#5b6473";
    public const string Rule = "#d9dde4";
    public const string Track = "#e8ebf0";
    public const string Accent = "#2451a6";
    public const string Tint = "#f4f6f9";

    public static string ForStatus(string status) => status switch
    {
        Resume.Model.CheckStatus.Pass => Pass,
        Resume.Model.CheckStatus.Warn => Warn,
        Resume.Model.CheckStatus.Fail => Fail,
        _ => Muted,
    };
}
