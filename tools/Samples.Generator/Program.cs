using Resume.Fixtures;

// dotnet run --project tools/Samples.Generator -- [samples]
var folder = args.Length > 0 ? args[0] : "samples";
foreach (var (name, bytes) in SampleSet.Files())
{
    var path = Path.Combine(folder, name);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllBytes(path, bytes);
    Console.WriteLine($"{path} ({bytes.Length:N0} bytes)");
}
