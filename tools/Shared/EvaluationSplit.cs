using System;
using System.Security.Cryptography;
using System.Text;

namespace EditorialLint.Evaluation
{
    /// <summary>
    /// The one split every evaluation tool uses: an article belongs to the held-out half when the lowest bit of the first
    /// byte of the SHA-256 of its id (BBC: "topic/NNN.txt"; clean-diverse: its file name) is 1, to the tuning half
    /// otherwise. Fixed by the id alone, so the halves never move between tools or runs. Linked into each tool's project.
    /// </summary>
    internal static class EvaluationSplit
    {
        /// <summary>Whether the article with <paramref name="id"/> is in the held-out half.</summary>
        public static bool IsHeldOut(string id) => (SHA256.HashData(Encoding.UTF8.GetBytes(id))[0] & 1) == 1;

        /// <summary>A seed fixed by the article and a salt, so a spinner or sampler draws the same every run.</summary>
        public static int Seed(string id, int salt) =>
            BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(id + "#" + salt)), 0) & 0x7FFFFFFF;
    }
}
