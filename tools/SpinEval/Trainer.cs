using System;
using System.Collections.Generic;

namespace EditorialLint.SpinEval
{
    /// <summary>
    /// L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares) on
    /// standardised features (the classifier's second stage); the standardisation is folded back into the weights so that the shipped model reads raw
    /// features. Deterministic: no sampling, a fixed number of iterations.
    /// </summary>
    internal static class Trainer
    {
        public static (float[] Weights, float Bias, float[] Low, float[] High) Fit(List<float[]> rows, List<bool> labels, double lambda, int iterations = 25)
        {
            int d = rows[0].Length;
            int n = rows.Count;
            var low = new float[d];
            var high = new float[d];
            var mean = new double[d];
            var std = new double[d];
            for (int j = 0; j < d; j++) { low[j] = float.MaxValue; high[j] = float.MinValue; }
            foreach (var r in rows)
            {
                for (int j = 0; j < d; j++)
                {
                    mean[j] += r[j];
                    if (r[j] < low[j]) low[j] = r[j];
                    if (r[j] > high[j]) high[j] = r[j];
                }
            }

            for (int j = 0; j < d; j++) mean[j] /= n;
            foreach (var r in rows)
                for (int j = 0; j < d; j++) std[j] += (r[j] - mean[j]) * (r[j] - mean[j]);
            for (int j = 0; j < d; j++) std[j] = Math.Sqrt(std[j] / n) is var s && s > 1e-9 ? s : 1.0;

            // beta[0] is the intercept; beta[1..d] the standardised weights.
            var beta = new double[d + 1];
            var x = new double[d + 1];
            for (int it = 0; it < iterations; it++)
            {
                var gradient = new double[d + 1];
                var hessian = new double[d + 1, d + 1];
                for (int i = 0; i < n; i++)
                {
                    x[0] = 1;
                    for (int j = 0; j < d; j++) x[j + 1] = (rows[i][j] - mean[j]) / std[j];
                    double z = 0;
                    for (int j = 0; j <= d; j++) z += beta[j] * x[j];
                    double p = 1.0 / (1.0 + Math.Exp(-z));
                    double y = labels[i] ? 1 : 0;
                    double w = Math.Max(p * (1 - p), 1e-9);
                    for (int a = 0; a <= d; a++)
                    {
                        gradient[a] += (p - y) * x[a];
                        for (int b = a; b <= d; b++) hessian[a, b] += w * x[a] * x[b];
                    }
                }

                for (int a = 1; a <= d; a++)
                {
                    gradient[a] += lambda * beta[a];
                    hessian[a, a] += lambda;
                }

                for (int a = 0; a <= d; a++)
                    for (int b = 0; b < a; b++) hessian[a, b] = hessian[b, a];
                var step = Solve(hessian, gradient);
                double change = 0;
                for (int a = 0; a <= d; a++)
                {
                    beta[a] -= step[a];
                    change = Math.Max(change, Math.Abs(step[a]));
                }

                if (change < 1e-7) break;
            }

            var weights = new float[d];
            double bias = beta[0];
            for (int j = 0; j < d; j++)
            {
                weights[j] = (float)(beta[j + 1] / std[j]);
                bias -= beta[j + 1] * mean[j] / std[j];
            }

            return (weights, (float)bias, low, high);
        }

        // Gaussian elimination with partial pivoting; the system is small (features + 1).
        private static double[] Solve(double[,] matrix, double[] vector)
        {
            int n = vector.Length;
            var a = (double[,])matrix.Clone();
            var b = (double[])vector.Clone();
            for (int col = 0; col < n; col++)
            {
                int pivot = col;
                for (int r = col + 1; r < n; r++)
                    if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col])) pivot = r;
                if (pivot != col)
                {
                    for (int c = 0; c < n; c++) (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
                    (b[col], b[pivot]) = (b[pivot], b[col]);
                }

                double diagonal = a[col, col];
                if (Math.Abs(diagonal) < 1e-12) continue;
                for (int r = col + 1; r < n; r++)
                {
                    double factor = a[r, col] / diagonal;
                    if (factor == 0) continue;
                    for (int c = col; c < n; c++) a[r, c] -= factor * a[col, c];
                    b[r] -= factor * b[col];
                }
            }

            var result = new double[n];
            for (int r = n - 1; r >= 0; r--)
            {
                double sum = b[r];
                for (int c = r + 1; c < n; c++) sum -= a[r, c] * result[c];
                result[r] = Math.Abs(a[r, r]) < 1e-12 ? 0 : sum / a[r, r];
            }

            return result;
        }
    }
}
