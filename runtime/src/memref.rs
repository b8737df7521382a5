//! The memref descriptor: the one type the executor, tests and benches pass to generated
//! kernels.

/// The memref descriptor of a `memref<?x?xT>`: what a generated kernel's C interface takes,
/// one pointer per argument (allocated and aligned pointer, offset, two sizes, two strides).
#[repr(C)]
#[derive(Debug)]
pub struct MemrefDesc<T> {
    /// The allocation (the same as `aligned` here).
    pub allocated: *mut T,
    /// The first element.
    pub aligned: *mut T,
    /// Elements from `aligned` to the first one viewed.
    pub offset: i64,
    /// Rows and columns.
    pub sizes: [i64; 2],
    /// Elements between rows, and between columns.
    pub strides: [i64; 2],
}

impl<T> MemrefDesc<T> {
    /// The row-major `rows × cols` matrix at `data`.
    pub fn new(data: *mut T, rows: usize, cols: usize) -> Self {
        MemrefDesc {
            allocated: data,
            aligned: data,
            offset: 0,
            sizes: [rows as i64, cols as i64],
            strides: [cols as i64, 1],
        }
    }

    /// The row-major `rows × cols` matrix held by `v` (which must have that many elements).
    pub fn of(v: &mut [T], rows: usize, cols: usize) -> Self {
        assert_eq!(v.len(), rows * cols, "a {rows}×{cols} matrix");
        Self::new(v.as_mut_ptr(), rows, cols)
    }
}
