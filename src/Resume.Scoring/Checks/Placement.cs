namespace Resume.Scoring.Checks;

/// <summary>
/// Training a student does at a workplace: a clinical rotation, a practicum, a teaching or field placement, an
/// externship. It is listed like a job but is part of the studies: programmes set it by term (many résumés give no
/// dates for it), it runs alongside a job or another placement, and its own list has its own order.
/// </summary>
internal static class Placement
{
    private static readonly string[] Words =
        ["rotation", "practicum", "placement", "externship", "student teacher", "student teaching", "preceptorship", "clinical hours", "field experience"];

    /// <summary>Whether a heading names a list of placements ("Clinical Rotations", "Practicum", "Student Teaching").</summary>
    public static bool NamesList(string heading) =>
        Words.Any(w => heading.Contains(w, StringComparison.OrdinalIgnoreCase)) || heading.Contains("clinical", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the title or the employer's line names the entry a placement.</summary>
    public static bool Names(Resume.Model.Work work) =>
        Words.Any(w => (work.Position?.Contains(w, StringComparison.OrdinalIgnoreCase) ?? false)
            || (work.Name?.Contains(w, StringComparison.OrdinalIgnoreCase) ?? false));
}
