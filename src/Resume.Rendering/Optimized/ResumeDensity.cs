namespace Resume.Rendering.Optimized;

/// <summary>
/// How tightly the rewrite is set. The loosest level that keeps the resume to the guide's page count is used; the
/// tightest still reads comfortably in print (9 pt text, half-inch margins).
/// </summary>
internal sealed record ResumeDensity(int Level, double Body, double Name, double Heading, double Margin, double SectionGap, double EntryGap, double Leading)
{
    public static IReadOnlyList<ResumeDensity> Levels { get; } =
    [
        new(0, 10.5, 22, 12, 54, 13, 7, 1.32),
        new(1, 10, 20, 11.5, 46, 10, 5.5, 1.26),
        new(2, 9.5, 19, 11, 40, 8, 4.5, 1.22),
        new(3, 9, 18, 10.5, 36, 6.5, 3.5, 1.18),
    ];

    public static ResumeDensity Comfortable => Levels[0];
}
