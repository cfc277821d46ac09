namespace Resume.Scoring.Tests;

/// <summary>"Today" pinned, so date checks and years of experience do not move with the calendar.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock June2026 { get; } = new(new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
