namespace Resume.Scoring.Checks;

/// <summary>One line of experience as the résumé writes it, and the job or project it belongs to.</summary>
internal sealed record Bullet(string Text, string Source);
