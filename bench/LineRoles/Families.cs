namespace LineRoles;

/// <summary>Styles that are near-twins (the same template through another producer, one class in several looks) form one
/// family, and a family is held out whole: a model must not see a twin of the layout it is judged on.</summary>
internal static class Families
{
    public static string Of(string style)
    {
        var s = style.EndsWith("-lo", StringComparison.Ordinal) ? style[..^3] : style;
        s = s.StartsWith("wk-", StringComparison.Ordinal) ? s[3..] : s;
        return s switch
        {
            _ when s.Contains("moderncv", StringComparison.Ordinal) => "moderncv",
            "pandoc" or "pandoc-latex" or "pandoc-docx" => "pandoc",
            "europass-2004" or "europass-word" or "europasscv" => "europass-labels",
            "google-docs" or "gdocs-fields" => "google-docs",
            _ => s,
        };
    }
}
