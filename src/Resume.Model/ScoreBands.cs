namespace Resume.Model;

/// <summary>How a 0–100 score reads; the score stage's verdict, the report and the page all use these bands.</summary>
public static class ScoreBands
{
    public const string Strong = "strong";
    public const string Fair = "fair";
    public const string Low = "low";

    public const int StrongFrom = 80;
    public const int FairFrom = 60;

    public static string Of(int score) => score >= StrongFrom ? Strong : score >= FairFrom ? Fair : Low;
}
