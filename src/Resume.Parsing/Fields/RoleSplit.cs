namespace Resume.Parsing.Fields;

/// <summary>Who and where of an experience entry: the position held, the organisation, and its place.</summary>
internal sealed record RoleSplit(string? Position, string? Organisation, string? Location);
