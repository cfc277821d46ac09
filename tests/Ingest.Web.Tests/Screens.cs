namespace Ingest.Web.Tests;

/// <summary>Where the page tests leave their screenshots (desktop and phone widths) for people to look at: next to the test binaries.</summary>
internal static class Screens
{
    public static string Path(string name)
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, name + ".png");
    }
}
