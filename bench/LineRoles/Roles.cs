namespace LineRoles;

/// <summary>What a line is on the page. The four entry roles (employer, title, date, place) head an entry together; the
/// coarse view merges them so "is it a header line" can be told from "which header field".</summary>
internal static class Roles
{
    public const string Heading = "heading";
    public const string Employer = "employer";
    public const string Title = "title";
    public const string Date = "date";
    public const string Place = "place";
    public const string Highlight = "highlight";
    public const string Contact = "contact";
    public const string Label = "label";
    public const string Name = "name";
    public const string Other = "other";

    public static readonly string[] All = [Heading, Employer, Title, Date, Place, Highlight, Contact, Label, Name, Other];

    public static string Coarse(string role) => role is Employer or Title or Date or Place ? "entry" : role;
}
