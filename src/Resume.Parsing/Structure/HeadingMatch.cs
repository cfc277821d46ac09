namespace Resume.Parsing.Structure;

/// <param name="Kind">A <see cref="Resume.Model.SectionKinds"/> value or <see cref="SectionKind.Contact"/>.</param>
/// <param name="Exact">The whole text is a known heading; otherwise it only names a section word in a short phrase.</param>
internal readonly record struct HeadingMatch(string Kind, bool Exact);
