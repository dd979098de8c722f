using System;
using System.IO;
using System.Text;

namespace EditorialLint.Core.Tests.Support
{
    /// <summary>A fresh folder under the system temp folder, deleted when disposed.</summary>
    public sealed class TempDirectory : IDisposable
    {
        public TempDirectory()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "el-tests-" + Guid.NewGuid().ToString("N").Substring(0, 12));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        /// <summary>Writes a file (UTF-8, no BOM) at a path relative to the folder and returns its full path.</summary>
        public string Write(string relativePath, string text)
        {
            var full = System.IO.Path.Combine(Path, relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
            return full;
        }

        public string Full(string relativePath) => System.IO.Path.Combine(Path, relativePath);

        public void Dispose()
        {
            try
            {
                foreach (var file in Directory.GetFiles(Path, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
