namespace Resume.Parsing.Isolation;

public enum IsolationMode
{
    /// <summary>Uploads are parsed in a warm pool of limited child processes (the default).</summary>
    Process,

    /// <summary>
    /// In this process, as before isolation: for benchmarks and for tests that must see a hostile file crash a
    /// worker. A stack overflow or runaway allocation then takes the whole process down.
    /// </summary>
    None,
}
