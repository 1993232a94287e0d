package conformance.workload_life;

/** Workload: Conway's Game of Life on a wrapping 32x24 board, printing the board and population as it evolves. */
public class Main {
    static final int WIDTH = 32;
    static final int HEIGHT = 24;

    static boolean[][] step(boolean[][] board) {
        boolean[][] next = new boolean[HEIGHT][WIDTH];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int neighbours = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dx != 0 || dy != 0) && board[(y + dy + HEIGHT) % HEIGHT][(x + dx + WIDTH) % WIDTH]) {
                            neighbours++;
                        }
                    }
                }
                next[y][x] = neighbours == 3 || (neighbours == 2 && board[y][x]);
            }
        }
        return next;
    }

    static int population(boolean[][] board) {
        int count = 0;
        for (boolean[] row : board) {
            for (boolean cell : row) {
                if (cell) {
                    count++;
                }
            }
        }
        return count;
    }

    static void print(boolean[][] board) {
        char[] line = new char[WIDTH];
        for (boolean[] row : board) {
            for (int x = 0; x < WIDTH; x++) {
                line[x] = row[x] ? '#' : '.';
            }
            System.out.println(line);
        }
    }

    static void place(boolean[][] board, int top, int left, String... rows) {
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length(); x++) {
                board[top + y][left + x] = rows[y].charAt(x) == '#';
            }
        }
    }

    public static void main(String[] args) {
        boolean[][] board = new boolean[HEIGHT][WIDTH];
        place(board, 1, 1, ".#.", "..#", "###");
        place(board, 10, 10, "##.", "#..", "...", "..#", ".##");
        place(board, 4, 20, "###");
        place(board, 16, 3, ".##", "##.", ".#.");
        place(board, 18, 22, "##..", "#..#", ".##.");
        print(board);
        long signature = 0;
        for (int generation = 1; generation <= 60; generation++) {
            board = step(board);
            int pop = population(board);
            signature = signature * 31 + pop;
            if (generation % 10 == 0) {
                System.out.println("generation " + generation + " population " + pop);
            }
        }
        print(board);
        System.out.println("signature " + signature);
    }
}
