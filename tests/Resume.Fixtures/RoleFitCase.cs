namespace Resume.Fixtures;

/// <summary>
/// One résumé of the role-fit evaluation set with the answer written for it before it was first scored.
/// </summary>
/// <param name="File">The file under <c>RoleFitEval/</c>.</param>
/// <param name="Kind">field, student, changer, mixed or no-guide.</param>
/// <param name="Auto">Guides an adviser would accept for role <c>auto</c>, at any fit.</param>
/// <param name="PartialOk">Guides acceptable for <c>auto</c> only as a partial fit: the honest nearest guide of a field that has none.</param>
/// <param name="Own">Guides that must not call the résumé a poor fit when asked for explicitly.</param>
/// <param name="Wrong">A guide of another field, which must call it a poor fit.</param>
/// <param name="Batch">1: written first, and role fit was tuned on it; 2: written after that tuning, to measure it on people it was not tuned on; 3: PDF and DOCX, written after the second batch's fix.</param>
public sealed record RoleFitCase(
    string File, string Occupation, string Kind, IReadOnlyList<string> Auto, IReadOnlyList<string> PartialOk, IReadOnlyList<string> Own, string Wrong,
    int Batch, byte[] Content);
