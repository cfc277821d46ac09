using Resume.Model;

namespace Resume.Parsing.Structure;

/// <summary>Section kinds the parser tells apart beyond the JSON Resume sections.</summary>
internal static class SectionKind
{
    /// <summary>Contact details under their own heading ("Contact", "Profiles"): read into <c>basics</c>.</summary>
    public const string Contact = SectionKinds.Contact;
}
