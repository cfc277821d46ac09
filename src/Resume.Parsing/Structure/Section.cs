using Resume.Parsing.Layout;

namespace Resume.Parsing.Structure;

/// <summary>A run of lines under one heading.</summary>
/// <param name="Kind">A <see cref="Resume.Model.SectionKinds"/> value or <see cref="SectionKind.Contact"/>.</param>
/// <param name="Heading">The heading as written (letter spacing closed up).</param>
internal sealed record Section(string Kind, string Heading, List<TextLine> Lines, bool KnownHeading);
