namespace Pipeline.Cli.Inputs;

/// <param name="Path">Where the file is.</param>
/// <param name="RelativePath">Its path below the folder it was found in, or its file name when named directly; outputs mirror it.</param>
public sealed record InputFile(string Path, string RelativePath)
{
    public string OutputPath(string outputDirectory, string suffix) =>
        System.IO.Path.Combine(outputDirectory, RelativePath + suffix);
}
