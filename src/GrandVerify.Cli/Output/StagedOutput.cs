namespace GrandVerify.Cli.Output;

/// <summary>
/// Writes a command's output files completely or not at all. Files are written into a
/// private staging folder beside the target; <see cref="Commit"/> moves each into place with
/// an atomic rename, and disposing without committing removes every staged file.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private readonly string target;
    private readonly string staging;
    private readonly List<string> names = [];
    private bool committed;

    public StagedOutput(string targetDirectory)
    {
        target = Path.GetFullPath(targetDirectory);
        if (File.Exists(target))
        {
            throw new InputException($"--out '{targetDirectory}' is a file, not a directory.");
        }

        var parent = Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar)) ?? target;
        staging = Path.Combine(parent, $".{Path.GetFileName(target)}.staging-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write to --out '{targetDirectory}': {e.Message}");
        }
    }

    /// <summary>The folder the files land in after <see cref="Commit"/>.</summary>
    public string TargetDirectory => target;

    /// <summary>The staging path for <paramref name="fileName"/>; write the file there.</summary>
    public string PathFor(string fileName)
    {
        names.Add(fileName);
        return Path.Combine(staging, fileName);
    }

    /// <summary>
    /// Moves every staged file into the target folder and returns their final paths. Every
    /// destination is checked before the first move, so a clash (a folder where a file must
    /// go) leaves the target untouched.
    /// </summary>
    public IReadOnlyList<string> Commit()
    {
        var destinations = names.Select(name => Path.Combine(target, name)).ToList();
        var blocked = destinations.FirstOrDefault(Directory.Exists);
        if (blocked is not null)
        {
            throw new InputException($"cannot write '{blocked}': a folder of that name is in the way");
        }

        try
        {
            Directory.CreateDirectory(target);
            for (var k = 0; k < names.Count; k++)
            {
                File.Move(Path.Combine(staging, names[k]), destinations[k], overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot write to '{target}': {e.Message}");
        }

        committed = true;
        Directory.Delete(staging, recursive: true);
        return destinations;
    }

    public void Dispose()
    {
        if (!committed && Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
