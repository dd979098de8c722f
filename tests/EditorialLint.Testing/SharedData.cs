using System;
using System.IO;

namespace EditorialLint.Testing
{
    /// <summary>
    /// Locates <c>../shared</c> beside the repository (seeds, clean news). Tests that need it skip when it is absent,
    /// so a bare clone still passes.
    /// </summary>
    public static class SharedData
    {
        private static readonly Lazy<string?> Root = new Lazy<string?>(FindRoot);

        /// <summary>The repository root (the folder holding EditorialLint.sln).</summary>
        public static string RepositoryRoot { get; } = FindRepositoryRoot();

        /// <summary>The shared folder, or null when it is not there.</summary>
        public static string? SharedRoot => Root.Value;

        /// <summary>The seed articles folder, or null.</summary>
        public static string? SeedsFolder => SharedRoot is null ? null : Existing(Path.Combine(SharedRoot, "corpus", "seeds"));

        /// <summary>A seed article's path by its number ("001"), or null.</summary>
        public static string? Seed(string number)
        {
            var folder = SeedsFolder;
            if (folder is null) return null;
            foreach (var file in Directory.GetFiles(folder, number + "_*.txt")) return file;
            return null;
        }

        private static string? FindRoot()
        {
            var fromEnv = Environment.GetEnvironmentVariable("EDITORIAL_LINT_SHARED");
            if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv)) return fromEnv;
            return Existing(Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared")));
        }

        private static string FindRepositoryRoot()
        {
            var dir = AppContext.BaseDirectory;
            while (dir is not null)
            {
                if (File.Exists(Path.Combine(dir, "EditorialLint.sln"))) return dir;
                dir = Path.GetDirectoryName(dir);
            }

            throw new InvalidOperationException("EditorialLint.sln not found above " + AppContext.BaseDirectory);
        }

        private static string? Existing(string path) => Directory.Exists(path) ? path : null;
    }
}
