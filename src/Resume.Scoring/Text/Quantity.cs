namespace Resume.Scoring.Text;

/// <summary>A figure found in a bullet, and what kind of result it measures.</summary>
internal readonly record struct Quantity(string Text, QuantityKind Kind);

internal enum QuantityKind
{
    Percentage,
    Money,
    Time,
    Rate,
    Volume,
    Multiplier,
    Count,
}
