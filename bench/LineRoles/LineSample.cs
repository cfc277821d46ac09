namespace LineRoles;

/// <summary>One line the parser judged: where it came from, what a model sees of it, its true role and the rules' role.</summary>
internal sealed record LineSample(CorpusFile File, int Index, string Text, float[] Features, string Truth, string Rule);
