namespace Resume.Scoring.Checks;

/// <summary>One thing the scorer measures, with the weight it carries and the sub-score it counts toward.</summary>
internal abstract class ResumeCheck
{
    public abstract string Id { get; }
    public abstract string Title { get; }
    public abstract int Weight { get; }
    public abstract string Category { get; }

    public abstract CheckOutcome Run(CheckContext context);
}
