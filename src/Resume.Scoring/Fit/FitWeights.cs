namespace Resume.Scoring.Fit;

/// <summary>
/// How much each sign of a role counts, summing to one. Titles say most about the role, skills and the work described
/// next; a degree alone says least, since people change fields. A student or new graduate has few titles and little
/// work to show yet, so for them the field of study counts more.
/// </summary>
internal sealed record FitWeights(double Title, double Skills, double Degree, double Work)
{
    public static FitWeights Experienced { get; } = new(0.35, 0.30, 0.10, 0.25);

    public static FitWeights EarlyCareer { get; } = new(0.30, 0.30, 0.25, 0.15);
}
