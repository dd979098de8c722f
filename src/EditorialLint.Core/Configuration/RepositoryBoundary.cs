using System;
using System.IO;
using EditorialLint.Input;

namespace EditorialLint.Configuration
{
    /// <summary>
    /// The folder a configuration file's rule packs and plugins must stay inside: the git work tree holding it (the
    /// nearest folder above with a <c>.git</c> entry), else the folder of the nearest <c>.editorconfig</c> with
    /// <c>root = true</c> at or above it, else its own folder. Paths are compared after resolving symbolic links,
    /// so a link inside the repository that points out of it is outside.
    /// </summary>
    public static class RepositoryBoundary
    {
        /// <summary>The real path of the folder that bounds the configuration file at <paramref name="configFile"/>.</summary>
        public static string For(string configFile)
        {
            var own = Path.GetDirectoryName(Path.GetFullPath(configFile))!;
            string? rootConfigFolder = null;
            for (var folder = own; !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
            {
                if (Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git")))
                    return RealPath.Of(folder);
                if (rootConfigFolder is null && DeclaresRoot(Path.Combine(folder, EditorConfigResolver.FileName)))
                    rootConfigFolder = folder;
            }

            return RealPath.Of(rootConfigFolder ?? own);
        }

        /// <summary>Whether <paramref name="path"/>, once its links are resolved, lies inside <paramref name="boundary"/>.</summary>
        public static bool Contains(string boundary, string path) => RealPath.IsInside(RealPath.Of(path), boundary);

        private static bool DeclaresRoot(string editorConfig)
        {
            try
            {
                if (!File.Exists(editorConfig)) return false;
                var file = EditorConfigFile.Parse(editorConfig, File.ReadAllText(editorConfig));
                return file.IsRoot;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
