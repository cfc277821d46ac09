using Resume.Parsing.Layout;

namespace Resume.Parsing.Structure;

/// <summary>The resume cut into its header block (name and contact lines before the first heading) and its sections.</summary>
internal sealed record DocumentSections(List<TextLine> Header, List<Section> Sections);
