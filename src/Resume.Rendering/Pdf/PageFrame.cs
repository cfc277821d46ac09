namespace Resume.Rendering.Pdf;

/// <summary>A page size and its margins, in points.</summary>
public sealed record PageFrame(double Width, double Height, double MarginLeft, double MarginTop, double MarginRight, double MarginBottom)
{
    public static PageFrame A4 { get; } = new(595.28, 841.89, 54, 54, 54, 54);
    public static PageFrame Letter { get; } = new(612, 792, 54, 54, 54, 54);

    public double ContentWidth => Width - MarginLeft - MarginRight;
    public double ContentHeight => Height - MarginTop - MarginBottom;

    public PageFrame WithMargins(double horizontal, double vertical) =>
        this with { MarginLeft = horizontal, MarginRight = horizontal, MarginTop = vertical, MarginBottom = vertical };
}
