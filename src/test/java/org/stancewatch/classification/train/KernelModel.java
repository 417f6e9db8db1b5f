package org.stancewatch.classification.train;

/**
 * L2-regularised multinomial logistic regression with a linear kernel, fitted exactly: K + εI = L Lᵀ (Cholesky), the
 * rows of L are N-dimensional features whose dot products are K, and the primal problem on them,
 * {@code mean_i s_i CE(y_i, L_i W + b) + λ/2 |W|²} (bias unpenalised, s_i class weights), is solved by L-BFGS.
 * The dual coefficients {@code A = L⁻ᵀ W} give the primal weights of the original features as {@code Σ_i A_i x_i}.
 * Deterministic (zero start).
 */
final class KernelModel {

    private static final int NC = 4;

    private final double[][] alpha; // n x NC
    private final double[] bias;

    private KernelModel(double[][] alpha, double[] bias) {
        this.alpha = alpha;
        this.bias = bias;
    }

    double[][] dualCoefficients() {
        return alpha;
    }

    double[] bias() {
        return bias;
    }

    /** Logits for rows of the kernel between new statements and the training statements (m x n). */
    double[][] logits(double[][] kx) {
        int m = kx.length;
        int n = alpha.length;
        double[][] z = new double[m][NC];
        for (int i = 0; i < m; i++) {
            for (int c = 0; c < NC; c++) {
                double s = bias[c];
                for (int j = 0; j < n; j++) {
                    s += kx[i][j] * alpha[j][c];
                }
                z[i][c] = s;
            }
        }
        return z;
    }

    static KernelModel fit(double[][] k, int[] y, double lambda, boolean balanced) {
        int n = k.length;
        double[][] l = cholesky(k);
        double[] sw = new double[n];
        int[] count = new int[NC];
        for (int v : y) {
            count[v]++;
        }
        int present = 0;
        for (int c : count) {
            present += c > 0 ? 1 : 0;
        }
        for (int i = 0; i < n; i++) {
            sw[i] = balanced ? (double) n / (present * count[y[i]]) : 1.0;
        }
        double swSum = 0;
        for (double v : sw) {
            swSum += v;
        }
        final double norm = swSum;
        // parameters: W (NC x n) then b (NC)
        int dim = NC * n + NC;
        double[] x = new double[dim];
        double[][] z = new double[n][NC];
        Lbfgs.Function f = (p, g) -> {
            java.util.Arrays.fill(g, 0);
            for (int i = 0; i < n; i++) {
                double[] li = l[i];
                for (int c = 0; c < NC; c++) {
                    double s = p[NC * n + c];
                    int off = c * n;
                    for (int j = 0; j <= i; j++) { // L is lower triangular
                        s += li[j] * p[off + j];
                    }
                    z[i][c] = s;
                }
            }
            double loss = 0;
            for (int i = 0; i < n; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < NC; c++) {
                    max = Math.max(max, z[i][c]);
                }
                double sum = 0;
                for (int c = 0; c < NC; c++) {
                    sum += Math.exp(z[i][c] - max);
                }
                double lse = Math.log(sum) + max;
                loss += sw[i] * (lse - z[i][y[i]]);
                double[] li = l[i];
                for (int c = 0; c < NC; c++) {
                    double r = sw[i] * (Math.exp(z[i][c] - lse) - (c == y[i] ? 1 : 0)) / norm;
                    int off = c * n;
                    for (int j = 0; j <= i; j++) {
                        g[off + j] += r * li[j];
                    }
                    g[NC * n + c] += r;
                }
            }
            loss /= norm;
            double reg = 0;
            for (int q = 0; q < NC * n; q++) {
                reg += p[q] * p[q];
                g[q] += lambda * p[q];
            }
            return loss + 0.5 * lambda * reg;
        };
        Lbfgs.minimize(f, x, 10, 1000, 1e-7);
        // alpha = L^-T W  (back substitution per class)
        double[][] alpha = new double[n][NC];
        for (int c = 0; c < NC; c++) {
            double[] w = new double[n];
            System.arraycopy(x, c * n, w, 0, n);
            for (int i = n - 1; i >= 0; i--) {
                double s = w[i];
                for (int j = i + 1; j < n; j++) {
                    s -= l[j][i] * alpha[j][c];
                }
                alpha[i][c] = s / l[i][i];
            }
        }
        double[] b = new double[NC];
        System.arraycopy(x, NC * n, b, 0, NC);
        return new KernelModel(alpha, b);
    }

    /** Lower-triangular L with L Lᵀ = K + εI, ε = 1e-6 x mean diagonal (K is only positive semi-definite). */
    static double[][] cholesky(double[][] k) {
        int n = k.length;
        double tr = 0;
        for (int i = 0; i < n; i++) {
            tr += k[i][i];
        }
        double eps = 1e-6 * tr / n;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = k[i][j] + (i == j ? eps : 0);
                double[] li = l[i];
                double[] lj = l[j];
                for (int q = 0; q < j; q++) {
                    s -= li[q] * lj[q];
                }
                if (i == j) {
                    li[i] = Math.sqrt(Math.max(s, eps * 1e-3));
                } else {
                    li[j] = s / lj[j];
                }
            }
        }
        return l;
    }
}
