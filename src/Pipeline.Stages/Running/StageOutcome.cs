using Resume.Model;

namespace Pipeline.Stages.Running;

/// <summary>A stage's result or its permanent failure.</summary>
public readonly record struct StageOutcome<T>(T? Value, StageError? Error)
{
    public bool Failed => Error is not null;
}
