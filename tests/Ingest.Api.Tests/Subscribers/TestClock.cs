namespace Ingest.Api.Tests.Subscribers;

/// <summary>The system clock, moved on by however much the test says (links expire, retention runs out).</summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    /// <summary>Sets the clock to <paramref name="moment"/>, from where it goes on ticking.</summary>
    public void MoveTo(DateTimeOffset moment) => Advance(moment - GetUtcNow());

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));
}
