using Resume.Model;

namespace Resume.Parsing.Fields;

/// <summary>Contact details gathered from the header block and any contact section.</summary>
internal sealed class ContactDetails
{
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Url { get; set; }
    public List<Profile> Profiles { get; } = [];
    public Location? Location { get; set; }
    public string? Address { get; set; }

    /// <summary>Pieces of text that were none of the above, in order: where the name and title are found.</summary>
    public List<string> Rest { get; } = [];
}
