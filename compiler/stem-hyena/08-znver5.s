	.file	"LLVMDialectModule"
	.text
	.globl	k2
	.p2align	4
	.type	k2,@function
k2:
	pushq	%r14
	pushq	%rbx
	movq	112(%rsp), %rax
	testq	%rax, %rax
	jle	.LBB0_5
	movq	128(%rsp), %rcx
	movq	96(%rsp), %rdx
	movq	72(%rsp), %rdi
	movq	40(%rsp), %r8
	shlq	$2, %r9
	xorl	%r10d, %r10d
	addq	$60, %rdx
	shlq	$2, %rcx
	.p2align	4
.LBB0_2:
	movq	%r10, %r11
	imulq	%rdi, %r11
	xorl	%ebx, %ebx
	.p2align	4
.LBB0_3:
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	(%rbx,%r14), %xmm0
	vmovss	%xmm0, -60(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	4(%rbx,%r14), %xmm0
	vmovss	%xmm0, -56(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	8(%rbx,%r14), %xmm0
	vmovss	%xmm0, -52(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	12(%rbx,%r14), %xmm0
	vmovss	%xmm0, -48(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	16(%rbx,%r14), %xmm0
	vmovss	%xmm0, -44(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	20(%rbx,%r14), %xmm0
	vmovss	%xmm0, -40(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	24(%rbx,%r14), %xmm0
	vmovss	%xmm0, -36(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	28(%rbx,%r14), %xmm0
	vmovss	%xmm0, -32(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	32(%rbx,%r14), %xmm0
	vmovss	%xmm0, -28(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	36(%rbx,%r14), %xmm0
	vmovss	%xmm0, -24(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	40(%rbx,%r14), %xmm0
	vmovss	%xmm0, -20(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	44(%rbx,%r14), %xmm0
	vmovss	%xmm0, -16(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	48(%rbx,%r14), %xmm0
	vmovss	%xmm0, -12(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	52(%rbx,%r14), %xmm0
	vmovss	%xmm0, -8(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	56(%rbx,%r14), %xmm0
	vmovss	%xmm0, -4(%rdx,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%r9, %r14
	addq	%rsi, %r14
	vmovss	60(%rbx,%r14), %xmm0
	vmovss	%xmm0, (%rdx,%rbx)
	addq	$64, %rbx
	cmpq	$256, %rbx
	jne	.LBB0_3
	incq	%r10
	addq	%rcx, %rdx
	cmpq	%rax, %r10
	jne	.LBB0_2
.LBB0_5:
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end0:
	.size	k2, .Lfunc_end0-k2

	.globl	_mlir_ciface_k2
	.p2align	4
	.type	_mlir_ciface_k2,@function
_mlir_ciface_k2:
	movq	24(%rdx), %rax
	testq	%rax, %rax
	jle	.LBB1_6
	pushq	%r14
	pushq	%rbx
	movq	8(%rdx), %r9
	movq	40(%rdx), %rdx
	movq	8(%rdi), %rcx
	movq	40(%rdi), %rdi
	movq	8(%rsi), %r8
	movq	40(%rsi), %rsi
	xorl	%r10d, %r10d
	shlq	$2, %rdi
	addq	$60, %r9
	shlq	$2, %rdx
	.p2align	4
.LBB1_2:
	movq	%r10, %r11
	imulq	%rsi, %r11
	xorl	%ebx, %ebx
	.p2align	4
.LBB1_3:
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	(%rbx,%r14), %xmm0
	vmovss	%xmm0, -60(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	4(%rbx,%r14), %xmm0
	vmovss	%xmm0, -56(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	8(%rbx,%r14), %xmm0
	vmovss	%xmm0, -52(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	12(%rbx,%r14), %xmm0
	vmovss	%xmm0, -48(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	16(%rbx,%r14), %xmm0
	vmovss	%xmm0, -44(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	20(%rbx,%r14), %xmm0
	vmovss	%xmm0, -40(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	24(%rbx,%r14), %xmm0
	vmovss	%xmm0, -36(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	28(%rbx,%r14), %xmm0
	vmovss	%xmm0, -32(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	32(%rbx,%r14), %xmm0
	vmovss	%xmm0, -28(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	36(%rbx,%r14), %xmm0
	vmovss	%xmm0, -24(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	40(%rbx,%r14), %xmm0
	vmovss	%xmm0, -20(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	44(%rbx,%r14), %xmm0
	vmovss	%xmm0, -16(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	48(%rbx,%r14), %xmm0
	vmovss	%xmm0, -12(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	52(%rbx,%r14), %xmm0
	vmovss	%xmm0, -8(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	56(%rbx,%r14), %xmm0
	vmovss	%xmm0, -4(%r9,%rbx)
	movq	(%r8,%r11,8), %r14
	imulq	%rdi, %r14
	addq	%rcx, %r14
	vmovss	60(%rbx,%r14), %xmm0
	vmovss	%xmm0, (%r9,%rbx)
	addq	$64, %rbx
	cmpq	$256, %rbx
	jne	.LBB1_3
	incq	%r10
	addq	%rdx, %r9
	cmpq	%rax, %r10
	jne	.LBB1_2
	popq	%rbx
	popq	%r14
.LBB1_6:
	retq
.Lfunc_end1:
	.size	_mlir_ciface_k2, .Lfunc_end1-_mlir_ciface_k2

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI2_0:
	.long	0x3c800000
.LCPI2_1:
	.long	0x3727c5ac
.LCPI2_2:
	.long	0x3f800000
	.text
	.globl	k6
	.p2align	4
	.type	k6,@function
k6:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$72, %rsp
	movq	%r9, 16(%rsp)
	movq	%rsi, %r14
	movq	344(%rsp), %rax
	movq	%rax, 56(%rsp)
	movq	256(%rsp), %rax
	movq	328(%rsp), %r12
	movq	312(%rsp), %r13
	movq	288(%rsp), %rbp
	movq	%rax, 40(%rsp)
	movq	%r12, %rdi
	shlq	$8, %rdi
	movq	232(%rsp), %rax
	movq	%rax, 48(%rsp)
	movq	144(%rsp), %rax
	movq	200(%rsp), %rbx
	movq	176(%rsp), %r15
	movq	%rax, 8(%rsp)
	callq	malloc@PLT
	movq	%rax, 24(%rsp)
	movq	%r12, 64(%rsp)
	testq	%r12, %r12
	jle	.LBB2_19
	movq	16(%rsp), %rdx
	vmovss	.LCPI2_0(%rip), %xmm0
	vmovss	.LCPI2_1(%rip), %xmm1
	vmovss	.LCPI2_2(%rip), %xmm2
	leaq	(,%r15,4), %r8
	movq	%r15, %rdi
	leaq	28(%r14), %rcx
	shlq	$5, %rdi
	xorl	%r9d, %r9d
	leaq	(%r8,%r8), %r10
	leaq	(,%rdx,4), %rax
	movq	%rax, 32(%rsp)
	movq	24(%rsp), %rax
	leaq	28(%rax), %rsi
	movq	%rdx, %rax
	jmp	.LBB2_2
	.p2align	4
.LBB2_5:
	leaq	(%r14,%r11,4), %r11
	movq	8(%rsp), %rdx
	vbroadcastss	%xmm3, %zmm3
	movq	%r9, %rax
	shlq	$8, %rax
	vmulps	(%r11), %zmm3, %zmm4
	vmulps	64(%r11), %zmm3, %zmm5
	vmulps	128(%r11), %zmm3, %zmm6
	vmulps	192(%r11), %zmm3, %zmm3
	vmulps	(%rdx), %zmm4, %zmm4
	vmulps	64(%rdx), %zmm5, %zmm5
	vmulps	128(%rdx), %zmm6, %zmm6
	vmulps	192(%rdx), %zmm3, %zmm3
	movq	24(%rsp), %rdx
	vmovups	%zmm4, (%rdx,%rax)
	vmovups	%zmm5, 64(%rdx,%rax)
	vmovups	%zmm6, 128(%rdx,%rax)
	vmovups	%zmm3, 192(%rdx,%rax)
.LBB2_6:
	addq	32(%rsp), %rcx
	movq	16(%rsp), %rax
	incq	%r9
	addq	$256, %rsi
	cmpq	64(%rsp), %r9
	je	.LBB2_7
.LBB2_2:
	movq	%r9, %r11
	imulq	%rax, %r11
	vmovss	(%r14,%r11,4), %xmm3
	vmovss	4(%r14,%r11,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	192(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	196(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	200(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	204(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	208(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	212(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	216(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	220(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	224(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	228(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	232(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	236(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	240(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	244(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	248(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	252(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmulss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %r15
	je	.LBB2_5
	movq	8(%rsp), %r11
	xorl	%eax, %eax
	.p2align	4
.LBB2_4:
	vmulss	-28(%rcx,%rax,4), %xmm3, %xmm4
	leaq	(%r11,%r8), %r12
	addq	%r8, %r12
	vmulss	(%r11), %xmm4, %xmm4
	vmovss	%xmm4, -28(%rsi,%rax,4)
	vmulss	-24(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r11,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%rsi,%rax,4)
	vmulss	-20(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r11,%r15,8), %xmm4, %xmm4
	addq	%rdi, %r11
	vmovss	%xmm4, -20(%rsi,%rax,4)
	vmulss	-16(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -16(%rsi,%rax,4)
	vmulss	-12(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,8), %xmm4, %xmm4
	addq	%r10, %r12
	leaq	(%r12,%r15,4), %rdx
	vmovss	%xmm4, -12(%rsi,%rax,4)
	vmulss	-8(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -8(%rsi,%rax,4)
	vmulss	-4(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r8,%rdx), %xmm4, %xmm4
	addq	%r8, %rdx
	vmovss	%xmm4, -4(%rsi,%rax,4)
	vmulss	(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r8,%rdx), %xmm4, %xmm4
	vmovss	%xmm4, (%rsi,%rax,4)
	addq	$8, %rax
	cmpq	$64, %rax
	jne	.LBB2_4
	jmp	.LBB2_6
.LBB2_7:
	movq	56(%rsp), %rax
	movq	48(%rsp), %rcx
	leaq	(,%rbp,4), %r8
	movq	%rbp, %rdi
	shlq	$6, %rdi
	xorl	%esi, %esi
	movq	%r13, %r14
	leaq	(,%rax,4), %rdx
	imulq	$252, %rcx, %rax
	leaq	(,%rcx,4), %r9
	leaq	768(%rbx,%rax), %rax
	movq	%rax, 8(%rsp)
	movq	%r13, %rax
	subq	40(%rsp), %rax
	movq	%rax, 32(%rsp)
	leaq	(%r8,%r8), %rax
	movq	%rdx, 16(%rsp)
	jmp	.LBB2_8
	.p2align	4
.LBB2_18:
	movq	16(%rsp), %rdx
	incq	%rsi
	addq	%rdx, %r14
	cmpq	64(%rsp), %rsi
	je	.LBB2_19
.LBB2_8:
	movq	%rsi, %r15
	imulq	56(%rsp), %r15
	movq	%rdx, %rcx
	imulq	%rsi, %rcx
	cmpq	$1, %rbp
	jne	.LBB2_10
	movq	32(%rsp), %rdx
	addq	%rcx, %rdx
	cmpq	$255, %rdx
	jbe	.LBB2_10
	movq	40(%rsp), %rdx
	vmovups	(%rdx), %zmm0
	vmovups	64(%rdx), %zmm1
	vmovups	128(%rdx), %zmm2
	vmovups	192(%rdx), %zmm3
	vmovups	%zmm0, (%r13,%r15,4)
	vmovups	%zmm1, 64(%r13,%r15,4)
	vmovups	%zmm2, 128(%r13,%r15,4)
	vmovups	%zmm3, 192(%r13,%r15,4)
	vmovups	256(%rdx), %zmm0
	vmovups	320(%rdx), %zmm1
	vmovups	384(%rdx), %zmm2
	vmovups	448(%rdx), %zmm3
	vmovups	%zmm0, 256(%r13,%r15,4)
	vmovups	%zmm1, 320(%r13,%r15,4)
	vmovups	%zmm2, 384(%r13,%r15,4)
	vmovups	%zmm3, 448(%r13,%r15,4)
	vmovups	512(%rdx), %zmm0
	vmovups	576(%rdx), %zmm1
	vmovups	640(%rdx), %zmm2
	vmovups	704(%rdx), %zmm3
	vmovups	%zmm0, 512(%r13,%r15,4)
	vmovups	%zmm1, 576(%r13,%r15,4)
	vmovups	%zmm2, 640(%r13,%r15,4)
	vmovups	%zmm3, 704(%r13,%r15,4)
	jmp	.LBB2_13
	.p2align	4
.LBB2_10:
	movq	40(%rsp), %r10
	movl	$15, %edx
	.p2align	4
.LBB2_11:
	vmovss	(%r10), %xmm0
	leaq	(%r10,%r8), %r12
	addq	%r8, %r12
	vmovss	%xmm0, -60(%r14,%rdx,4)
	vmovss	(%r10,%rbp,4), %xmm0
	vmovss	%xmm0, -56(%r14,%rdx,4)
	vmovss	(%r10,%rbp,8), %xmm0
	addq	%rdi, %r10
	vmovss	%xmm0, -52(%r14,%rdx,4)
	vmovss	(%r12,%rbp,4), %xmm0
	vmovss	%xmm0, -48(%r14,%rdx,4)
	vmovss	(%r12,%rbp,8), %xmm0
	addq	%rax, %r12
	leaq	(%r12,%rbp,4), %r11
	vmovss	%xmm0, -44(%r14,%rdx,4)
	vmovss	(%r12,%rbp,4), %xmm0
	vmovss	%xmm0, -40(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -36(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -32(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -28(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -24(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -20(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -16(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -12(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -8(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -4(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	vmovss	%xmm0, (%r14,%rdx,4)
	addq	$16, %rdx
	cmpq	$207, %rdx
	jne	.LBB2_11
.LBB2_13:
	movq	48(%rsp), %r11
	movq	%rsi, %r10
	shlq	$8, %r10
	leaq	(%r13,%rcx), %rdx
	addq	24(%rsp), %r10
	leaq	768(%r13,%rcx), %rcx
	movq	%rbx, %r12
	shrq	$61, %r11
	andl	$1, %r11d
	cmpq	8(%rsp), %rdx
	setb	%dl
	cmpq	%rcx, %rbx
	setb	%cl
	andb	%dl, %cl
	xorl	%edx, %edx
	orb	%r11b, %cl
	jmp	.LBB2_14
	.p2align	4
.LBB2_20:
	movq	%rdx, %r11
	imulq	48(%rsp), %r11
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	64(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	128(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	192(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	(%r13,%r15,4), %zmm1, %zmm1
	vaddps	64(%r13,%r15,4), %zmm2, %zmm2
	vaddps	128(%r13,%r15,4), %zmm3, %zmm3
	vaddps	192(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, (%r13,%r15,4)
	vmovups	%zmm2, 64(%r13,%r15,4)
	vmovups	%zmm3, 128(%r13,%r15,4)
	vmovups	%zmm4, 192(%r13,%r15,4)
	vmulps	256(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	320(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	384(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	448(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	256(%r13,%r15,4), %zmm1, %zmm1
	vaddps	320(%r13,%r15,4), %zmm2, %zmm2
	vaddps	384(%r13,%r15,4), %zmm3, %zmm3
	vaddps	448(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, 256(%r13,%r15,4)
	vmovups	%zmm2, 320(%r13,%r15,4)
	vmovups	%zmm3, 384(%r13,%r15,4)
	vmovups	%zmm4, 448(%r13,%r15,4)
	vmulps	512(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	576(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	640(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	704(%rbx,%r11,4), %zmm0, %zmm0
	vaddps	512(%r13,%r15,4), %zmm1, %zmm1
	vaddps	576(%r13,%r15,4), %zmm2, %zmm2
	vaddps	640(%r13,%r15,4), %zmm3, %zmm3
	vaddps	704(%r13,%r15,4), %zmm0, %zmm0
	vmovups	%zmm1, 512(%r13,%r15,4)
	vmovups	%zmm2, 576(%r13,%r15,4)
	vmovups	%zmm3, 640(%r13,%r15,4)
	vmovups	%zmm0, 704(%r13,%r15,4)
.LBB2_17:
	incq	%rdx
	addq	%r9, %r12
	cmpq	$64, %rdx
	je	.LBB2_18
.LBB2_14:
	vmovss	(%r10,%rdx,4), %xmm0
	testb	%cl, %cl
	je	.LBB2_20
	movl	$11, %r11d
	.p2align	4
.LBB2_16:
	vmulss	-44(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-44(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%r14,%r11,4)
	vmulss	-40(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-40(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%r14,%r11,4)
	vmulss	-36(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-36(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%r14,%r11,4)
	vmulss	-32(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-32(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%r14,%r11,4)
	vmulss	-28(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-28(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r14,%r11,4)
	vmulss	-24(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-24(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r14,%r11,4)
	vmulss	-20(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-20(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r14,%r11,4)
	vmulss	-16(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-16(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r14,%r11,4)
	vmulss	-12(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-12(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r14,%r11,4)
	vmulss	-8(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-8(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r14,%r11,4)
	vmulss	-4(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-4(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r14,%r11,4)
	vmulss	(%r12,%r11,4), %xmm0, %xmm1
	vaddss	(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r14,%r11,4)
	addq	$12, %r11
	cmpq	$203, %r11
	jne	.LBB2_16
	jmp	.LBB2_17
.LBB2_19:
	movq	24(%rsp), %rdi
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end2:
	.size	k6, .Lfunc_end2-k6

	.globl	_mlir_ciface_k6
	.p2align	4
	.type	_mlir_ciface_k6,@function
_mlir_ciface_k6:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k6@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end3:
	.size	_mlir_ciface_k6, .Lfunc_end3-_mlir_ciface_k6

	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI4_0:
	.zero	8
	.zero	8
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
.LCPI4_1:
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
	.zero	8
	.zero	8
.LCPI4_2:
	.zero	8
	.zero	8
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
.LCPI4_3:
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
	.zero	8
	.zero	8
.LCPI4_4:
	.zero	8
	.zero	8
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
.LCPI4_5:
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
	.zero	8
	.zero	8
.LCPI4_6:
	.zero	8
	.zero	8
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
.LCPI4_7:
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
	.zero	8
	.zero	8
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI4_8:
	.quad	0
	.quad	4
	.quad	8
	.quad	12
.LCPI4_9:
	.quad	1
	.quad	5
	.quad	9
	.quad	13
.LCPI4_10:
	.quad	2
	.quad	6
	.quad	10
	.quad	14
.LCPI4_11:
	.quad	3
	.quad	7
	.quad	11
	.quad	15
	.text
	.globl	k13
	.p2align	4
	.type	k13,@function
k13:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$248, %rsp
	movq	%r9, 64(%rsp)
	movq	%rsi, %r13
	movq	688(%rsp), %rax
	movq	%rax, 208(%rsp)
	movq	656(%rsp), %rax
	movq	672(%rsp), %rbx
	movq	%rax, 200(%rsp)
	movq	%rbx, %r14
	shlq	$8, %r14
	movq	632(%rsp), %rax
	movq	%r14, %rdi
	movq	%rax, 240(%rsp)
	movq	600(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	576(%rsp), %rax
	movq	%rax, 104(%rsp)
	movq	520(%rsp), %rax
	movq	544(%rsp), %rbp
	movq	%rax, 136(%rsp)
	movq	488(%rsp), %rax
	movq	%rax, 128(%rsp)
	movq	464(%rsp), %rax
	movq	%rax, 224(%rsp)
	movq	432(%rsp), %rax
	movq	%rax, 216(%rsp)
	movq	408(%rsp), %rax
	movq	%rax, 88(%rsp)
	movq	376(%rsp), %rax
	movq	%rax, 80(%rsp)
	movq	352(%rsp), %r15
	movq	320(%rsp), %r12
	callq	malloc@PLT
	movq	%r14, %rdi
	movq	%rax, 40(%rsp)
	callq	malloc@PLT
	movq	%rax, 96(%rsp)
	movq	%rbx, 48(%rsp)
	testq	%rbx, %rbx
	jle	.LBB4_14
	movq	40(%rsp), %rax
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edx, %edx
	movq	%rax, 32(%rsp)
	movq	96(%rsp), %rax
	movq	%rax, 8(%rsp)
	jmp	.LBB4_2
	.p2align	4
.LBB4_13:
	movq	72(%rsp), %rdx
	addq	$256, 8(%rsp)
	addq	$256, 32(%rsp)
	incq	%rdx
	cmpq	48(%rsp), %rdx
	je	.LBB4_14
.LBB4_2:
	movl	$2, %eax
	movq	64(%rsp), %r9
	movl	$0, %ecx
	subq	%rdx, %rax
	movq	%rax, %rdi
	cmovbq	%rcx, %rdi
	leaq	1(%rdi), %rsi
	movq	%rdi, %r8
	subq	%rax, %r8
	subq	%rax, %rsi
	leaq	(%rdx,%rdi), %rax
	imulq	%r9, %rsi
	imulq	%r9, %r8
	imulq	%r9, %rax
	movq	%rsi, 24(%rsp)
	movq	%rdx, 72(%rsp)
	xorl	%esi, %esi
	movq	%rax, 16(%rsp)
	jmp	.LBB4_3
	.p2align	4
.LBB4_12:
	movq	88(%rsp), %rdx
	movq	80(%rsp), %r9
	imulq	%rdx, %rcx
	imulq	%rdx, %rax
	imulq	%rdx, %r11
	vaddss	(%r9,%rcx,4), %xmm2, %xmm2
	vaddss	(%r9,%rax,4), %xmm3, %xmm3
	vaddss	(%r9,%r11,4), %xmm1, %xmm1
	movq	8(%rsp), %rcx
	movq	32(%rsp), %rax
	vmulss	%xmm3, %xmm2, %xmm2
	vmovss	%xmm1, (%rcx,%rsi,4)
	vmovss	%xmm2, (%rax,%rsi,4)
	incq	%rsi
	cmpq	$64, %rsi
	je	.LBB4_13
.LBB4_3:
	movq	%rsi, %rcx
	andq	$-8, %rcx
	movl	%esi, %eax
	andl	$7, %eax
	leaq	1(%rdi), %r9
	leaq	(%rcx,%rcx,2), %rdx
	leaq	(%rdx,%rax), %r11
	movq	%r11, %rcx
	imulq	%r15, %rcx
	leaq	(%r13,%r11,4), %rbx
	leaq	(%r12,%rcx,4), %rcx
	vmovss	(%rcx,%rdi,4), %xmm1
	vmulss	(%rbx,%r8,4), %xmm1, %xmm1
	vaddss	%xmm0, %xmm1, %xmm1
	cmpq	$3, %r9
	je	.LBB4_6
	movq	24(%rsp), %r9
	vmovss	4(%rcx,%rdi,4), %xmm2
	vmulss	(%rbx,%r9,4), %xmm2, %xmm2
	leaq	2(%rdi), %r9
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$3, %r9
	je	.LBB4_6
	vmovss	8(%rcx,%rdi,4), %xmm2
	movq	16(%rsp), %rcx
	vmulss	(%rbx,%rcx,4), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
.LBB4_6:
	leaq	8(%rdx,%rax), %rcx
	leaq	(%rdx,%rax), %rbx
	movq	%r13, %r10
	leaq	1(%rdi), %r14
	leaq	32(%r13,%rbx,4), %r13
	movq	%rcx, %r9
	imulq	%r15, %r9
	leaq	(%r12,%r9,4), %r9
	vmovss	(%r9,%rdi,4), %xmm2
	vmulss	(%r13,%r8,4), %xmm2, %xmm2
	vaddss	%xmm0, %xmm2, %xmm2
	cmpq	$3, %r14
	je	.LBB4_9
	movq	24(%rsp), %r14
	vmovss	4(%r9,%rdi,4), %xmm3
	vmulss	(%r13,%r14,4), %xmm3, %xmm3
	leaq	2(%rdi), %r14
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$3, %r14
	je	.LBB4_9
	vmovss	8(%r9,%rdi,4), %xmm3
	movq	16(%rsp), %r9
	vmulss	(%r13,%r9,4), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
.LBB4_9:
	leaq	16(%rdx,%rax), %rax
	leaq	64(%r10,%rbx,4), %r9
	movq	%r10, %r13
	leaq	1(%rdi), %r10
	movq	%rax, %rdx
	imulq	%r15, %rdx
	leaq	(%r12,%rdx,4), %rdx
	vmovss	(%rdx,%rdi,4), %xmm3
	vmulss	(%r9,%r8,4), %xmm3, %xmm3
	vaddss	%xmm0, %xmm3, %xmm3
	cmpq	$3, %r10
	je	.LBB4_12
	movq	24(%rsp), %r10
	vmovss	4(%rdx,%rdi,4), %xmm4
	vmulss	(%r9,%r10,4), %xmm4, %xmm4
	leaq	2(%rdi), %r10
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$3, %r10
	je	.LBB4_12
	vmovss	8(%rdx,%rdi,4), %xmm4
	movq	16(%rsp), %rdx
	vmulss	(%r9,%rdx,4), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	jmp	.LBB4_12
.LBB4_14:
	movl	$1, %edi
	movl	$2048, %esi
	movl	$1, %ebx
	callq	calloc@PLT
	movl	$1, %edi
	movl	$2048, %esi
	movq	%rax, %r15
	callq	calloc@PLT
	movq	48(%rsp), %rdi
	movq	104(%rsp), %r8
	movq	%rax, %r12
	leaq	15(%rdi), %r9
	shrq	$4, %r9
	je	.LBB4_42
	movq	128(%rsp), %rax
	vmovapd	.LCPI4_0(%rip), %zmm17
	vmovapd	.LCPI4_1(%rip), %zmm18
	vmovapd	.LCPI4_2(%rip), %zmm19
	vmovapd	.LCPI4_3(%rip), %zmm3
	vmovapd	.LCPI4_4(%rip), %zmm4
	vmovapd	.LCPI4_5(%rip), %zmm5
	vmovapd	.LCPI4_6(%rip), %zmm6
	vmovapd	.LCPI4_7(%rip), %zmm7
	leaq	(,%r8,4), %r11
	leaq	(,%r8,8), %r13
	movq	%r8, %r10
	shlq	$5, %r10
	vxorpd	%xmm8, %xmm8, %xmm8
	addq	$28, %rax
	movq	%rax, 64(%rsp)
	shlq	$2, 136(%rsp)
	movq	40(%rsp), %rax
	movq	%rax, %rcx
	addq	$32, %rcx
	leaq	4(%rax), %r14
	movq	%rcx, 120(%rsp)
	movl	$16, %ecx
	movq	$0, 56(%rsp)
	movq	%rax, 112(%rsp)
	movq	%r9, 168(%rsp)
	movq	%r10, 160(%rsp)
	movq	%r11, 152(%rsp)
	movq	%r13, 144(%rsp)
	jmp	.LBB4_16
	.p2align	4
.LBB4_41:
	movq	56(%rsp), %rdx
	movq	192(%rsp), %rcx
	addq	$4096, 112(%rsp)
	addq	$4096, 120(%rsp)
	addq	$-16, %rbx
	addq	$4096, %r14
	incq	%rdx
	addq	$16, %rcx
	movq	%rdx, 56(%rsp)
	cmpq	%r9, %rdx
	je	.LBB4_42
.LBB4_16:
	cmpq	%rcx, %rdi
	movq	%rcx, %rax
	cmovbq	%rdi, %rax
	movq	%rax, 16(%rsp)
	movq	%rcx, 192(%rsp)
	cmpq	$1, %r8
	jne	.LBB4_17
	vcvtps2pd	(%rbp), %zmm9
	vcvtps2pd	8(%rbp), %zmm11
	vcvtps2pd	4(%rbp), %zmm10
	vcvtps2pd	12(%rbp), %zmm12
	movb	$-52, %al
	kmovd	%eax, %k1
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 192(%r12)
	vmovupd	%zmm16, 128(%r12)
	vmovupd	%zmm15, 64(%r12)
	vmovupd	%zmm14, (%r12)
	vcvtps2pd	32(%rbp), %zmm9
	vcvtps2pd	40(%rbp), %zmm11
	vcvtps2pd	36(%rbp), %zmm10
	vcvtps2pd	44(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 448(%r12)
	vmovupd	%zmm16, 384(%r12)
	vmovupd	%zmm15, 320(%r12)
	vmovupd	%zmm14, 256(%r12)
	vcvtps2pd	64(%rbp), %zmm9
	vcvtps2pd	72(%rbp), %zmm11
	vcvtps2pd	68(%rbp), %zmm10
	vcvtps2pd	76(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 704(%r12)
	vmovupd	%zmm16, 640(%r12)
	vmovupd	%zmm15, 576(%r12)
	vmovupd	%zmm14, 512(%r12)
	vcvtps2pd	96(%rbp), %zmm9
	vcvtps2pd	104(%rbp), %zmm11
	vcvtps2pd	100(%rbp), %zmm10
	vcvtps2pd	108(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 960(%r12)
	vmovupd	%zmm16, 896(%r12)
	vmovupd	%zmm15, 832(%r12)
	vmovupd	%zmm14, 768(%r12)
	vcvtps2pd	128(%rbp), %zmm9
	vcvtps2pd	136(%rbp), %zmm11
	vcvtps2pd	132(%rbp), %zmm10
	vcvtps2pd	140(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1216(%r12)
	vmovupd	%zmm16, 1152(%r12)
	vmovupd	%zmm15, 1088(%r12)
	vmovupd	%zmm14, 1024(%r12)
	vcvtps2pd	160(%rbp), %zmm9
	vcvtps2pd	168(%rbp), %zmm11
	vcvtps2pd	164(%rbp), %zmm10
	vcvtps2pd	172(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1472(%r12)
	vmovupd	%zmm16, 1408(%r12)
	vmovupd	%zmm15, 1344(%r12)
	vmovupd	%zmm14, 1280(%r12)
	vcvtps2pd	192(%rbp), %zmm9
	vcvtps2pd	200(%rbp), %zmm11
	vcvtps2pd	196(%rbp), %zmm10
	vcvtps2pd	204(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1728(%r12)
	vmovupd	%zmm16, 1664(%r12)
	vmovupd	%zmm15, 1600(%r12)
	vmovupd	%zmm14, 1536(%r12)
	vcvtps2pd	224(%rbp), %zmm9
	vcvtps2pd	232(%rbp), %zmm11
	vcvtps2pd	228(%rbp), %zmm10
	vcvtps2pd	236(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1984(%r12)
	vmovupd	%zmm16, 1920(%r12)
	vmovupd	%zmm15, 1856(%r12)
	vmovupd	%zmm14, 1792(%r12)
	jmp	.LBB4_20
	.p2align	4
.LBB4_17:
	movq	%rbp, %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB4_18:
	vcvtps2pd	(%rax), %ymm9
	leaq	(%rax,%r11), %rdx
	leaq	(%r11,%r11), %rsi
	addq	%r11, %rdx
	addq	%rdx, %rsi
	vmovups	%ymm9, (%r12,%rcx)
	vcvtps2pd	(%rax,%r8,4), %ymm9
	vmovups	%ymm9, 32(%r12,%rcx)
	vcvtps2pd	(%rax,%r8,8), %ymm9
	addq	%r10, %rax
	vmovups	%ymm9, 64(%r12,%rcx)
	vcvtps2pd	(%rdx,%r8,4), %ymm9
	vmovups	%ymm9, 96(%r12,%rcx)
	vcvtps2pd	(%rdx,%r8,8), %ymm9
	leaq	(%rsi,%r8,4), %rdx
	vmovups	%ymm9, 128(%r12,%rcx)
	vcvtps2pd	(%rsi,%r8,4), %ymm9
	vmovups	%ymm9, 160(%r12,%rcx)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, 192(%r12,%rcx)
	vcvtps2pd	(%r11,%rdx), %ymm9
	vmovupd	%ymm9, 224(%r12,%rcx)
	addq	$256, %rcx
	cmpq	$2048, %rcx
	jne	.LBB4_18
.LBB4_20:
	movq	56(%rsp), %rcx
	shlq	$4, %rcx
	leaq	16(%rcx), %rax
	movq	%rcx, 8(%rsp)
	cmpq	%rdi, %rax
	cmovaeq	%rdi, %rax
	cmpq	%rax, %rcx
	jge	.LBB4_41
	movq	%r14, 176(%rsp)
	movq	%rbx, 184(%rsp)
	movl	$1, %r9d
	movq	16(%rsp), %rax
	addq	%rbx, %rax
	movq	%rax, 72(%rsp)
	movq	112(%rsp), %r8
	movq	$0, 24(%rsp)
	movq	8(%rsp), %rcx
	jmp	.LBB4_22
	.p2align	4
.LBB4_33:
	movq	80(%rsp), %rcx
	movq	32(%rsp), %r9
	incq	24(%rsp)
	movq	88(%rsp), %r8
	incq	%rcx
	incq	%r9
	addq	$256, %r8
	cmpq	72(%rsp), %r9
	je	.LBB4_34
.LBB4_22:
	movq	%r9, 32(%rsp)
	movq	%rcx, %rax
	movq	%rcx, %rdi
	movl	%r9d, %esi
	andl	$7, %esi
	andq	$-8, %r9
	shlq	$6, %rdi
	subq	8(%rsp), %rax
	movq	%rcx, 80(%rsp)
	imulq	208(%rsp), %rcx
	movq	200(%rsp), %rdx
	movq	128(%rsp), %r14
	movq	%r8, 88(%rsp)
	movq	64(%rsp), %r13
	leaq	(%rdx,%rcx,4), %r11
	movq	%r8, %rcx
	xorl	%edx, %edx
	jmp	.LBB4_23
	.p2align	4
.LBB4_31:
	vcvtss2sd	%xmm9, %xmm9, %xmm9
.LBB4_32:
	movq	%rdx, %r8
	imulq	240(%rsp), %r8
	movq	232(%rsp), %r10
	movq	%rdx, %rbx
	shlq	$5, %rbx
	addq	$4, %rcx
	vmovupd	(%r12,%rbx), %ymm10
	vmovupd	8(%r15,%rbx), %xmm11
	vmovupd	16(%r12,%rbx), %xmm12
	vmovups	(%r10,%r8,4), %xmm13
	movq	%rdx, %r10
	imulq	104(%rsp), %r10
	movb	$9, %r8b
	kmovd	%r8d, %k1
	movq	40(%rsp), %r8
	vmovupd	(%r15,%rbx), %ymm14 {%k1} {z}
	vmovups	(%rbp,%r10,4), %xmm15
	leaq	(%rdx,%rdi), %r10
	vpermpd	$236, %ymm14, %ymm14
	vmovsd	%xmm14, %xmm11, %xmm1
	vmovsd	%xmm11, %xmm14, %xmm2
	vmovsldup	%xmm15, %xmm16
	vmovshdup	%xmm15, %xmm15
	vcvtps2pd	%xmm15, %ymm15
	vcvtps2pd	%xmm16, %ymm16
	vmulpd	%ymm15, %ymm10, %ymm15
	vmulpd	%ymm16, %ymm10, %ymm0
	vshufpd	$5, %ymm15, %ymm15, %ymm15
	vaddsubpd	%ymm15, %ymm0, %ymm0
	vunpcklpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm1, %xmm15, %xmm1
	vunpckhpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm2, %xmm15, %xmm2
	vshufps	$232, %xmm13, %xmm13, %xmm15
	vshufps	$237, %xmm13, %xmm13, %xmm13
	vcvtps2pd	%xmm15, %xmm15
	vcvtps2pd	%xmm13, %xmm13
	vmovupd	%ymm0, (%r12,%rbx)
	vmovss	(%r8,%r10,4), %xmm0
	movq	%rdx, %r8
	imulq	224(%rsp), %r8
	movq	216(%rsp), %rbx
	vsubpd	%xmm2, %xmm1, %xmm1
	vshufpd	$1, %xmm12, %xmm10, %xmm2
	vmovsd	%xmm10, %xmm12, %xmm10
	vmulpd	%xmm2, %xmm14, %xmm2
	vmulpd	%xmm11, %xmm10, %xmm10
	vmulpd	%xmm1, %xmm15, %xmm1
	vaddpd	%xmm2, %xmm10, %xmm2
	vmulss	(%rbx,%r8,4), %xmm0, %xmm0
	movq	96(%rsp), %r8
	vmulpd	%xmm2, %xmm13, %xmm2
	vsubpd	%xmm2, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm8, %xmm2
	vshufpd	$1, %xmm1, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm1, %xmm9, %xmm1
	vcvtsd2ss	%xmm1, %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	(%r8,%r10,4), %xmm0, %xmm0
	movq	136(%rsp), %r8
	addq	%r8, %r13
	addq	%r8, %r14
	vmovss	%xmm0, (%r11,%rdx,4)
	incq	%rdx
	cmpq	$64, %rdx
	je	.LBB4_33
.LBB4_23:
	movabsq	$9223372036854775806, %r8
	vxorpd	%xmm9, %xmm9, %xmm9
	cmpq	%r8, %rax
	ja	.LBB4_32
	cmpq	$7, 24(%rsp)
	jae	.LBB4_26
	vxorpd	%xmm9, %xmm9, %xmm9
	xorl	%ebx, %ebx
	jmp	.LBB4_29
	.p2align	4
.LBB4_26:
	vxorpd	%xmm9, %xmm9, %xmm9
	movq	%rcx, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB4_27:
	vmovss	-28(%r13,%rbx,4), %xmm10
	vmovss	-24(%r13,%rbx,4), %xmm11
	vmulss	(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmulss	-256(%r10), %xmm11, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-20(%r13,%rbx,4), %xmm10
	vmulss	-512(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-16(%r13,%rbx,4), %xmm10
	vmulss	-768(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-12(%r13,%rbx,4), %xmm10
	vmulss	-1024(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-8(%r13,%rbx,4), %xmm10
	vmulss	-1280(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-4(%r13,%rbx,4), %xmm10
	vmulss	-1536(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	(%r13,%rbx,4), %xmm10
	addq	$8, %rbx
	vmulss	-1792(%r10), %xmm10, %xmm10
	addq	$-2048, %r10
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%rbx, %r9
	jne	.LBB4_27
	testb	$7, 32(%rsp)
	je	.LBB4_31
.LBB4_29:
	leaq	(%r14,%rbx,4), %r10
	shlq	$8, %rbx
	movq	%rcx, %r8
	subq	%rbx, %r8
	xorl	%ebx, %ebx
	.p2align	4
.LBB4_30:
	vmovss	(%r10,%rbx,4), %xmm10
	incq	%rbx
	vmulss	(%r8), %xmm10, %xmm10
	addq	$-256, %r8
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%rbx, %rsi
	jne	.LBB4_30
	jmp	.LBB4_31
	.p2align	4
.LBB4_34:
	movq	176(%rsp), %r14
	movq	120(%rsp), %rsi
	movq	48(%rsp), %rdi
	movq	104(%rsp), %r8
	movq	184(%rsp), %rbx
	movq	168(%rsp), %r9
	movq	160(%rsp), %r10
	movq	152(%rsp), %r11
	movq	144(%rsp), %r13
	movq	%r14, %rcx
	jmp	.LBB4_35
	.p2align	4
.LBB4_40:
	movq	8(%rsp), %rax
	addq	$256, %rcx
	addq	$256, %rsi
	incq	%rax
	movq	%rax, 8(%rsp)
	cmpq	16(%rsp), %rax
	je	.LBB4_41
.LBB4_35:
	cmpq	$1, %r8
	jne	.LBB4_36
	xorl	%eax, %eax
	.p2align	4
.LBB4_39:
	vmovupd	(%r15,%rax,8), %zmm13
	vmovupd	128(%r15,%rax,8), %zmm15
	vmovupd	64(%r15,%rax,8), %zmm14
	vmovupd	192(%r15,%rax,8), %zmm16
	vbroadcasti64x4	.LCPI4_8(%rip), %zmm9
	vbroadcasti64x4	.LCPI4_9(%rip), %zmm25
	vcvtps2pd	(%rbp,%rax), %zmm1
	vcvtps2pd	4(%rbp,%rax), %zmm2
	vbroadcasti64x4	.LCPI4_11(%rip), %zmm23
	vbroadcasti64x4	.LCPI4_10(%rip), %zmm24
	vcvtps2pd	-32(%rsi,%rax), %zmm0
	movb	$-52, %dl
	kmovd	%edx, %k1
	vmovapd	%zmm15, %zmm10
	vmovapd	%zmm13, %zmm11
	vpermt2pd	%zmm16, %zmm9, %zmm10
	vpermt2pd	%zmm14, %zmm9, %zmm11
	vmovapd	%zmm13, %zmm12
	vpermt2pd	%zmm14, %zmm25, %zmm12
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm14, %zmm23, %zmm13
	vpermt2pd	%zmm14, %zmm24, %zmm22
	vshuff64x2	$228, %zmm10, %zmm11, %zmm20
	vmovapd	%zmm15, %zmm11
	vpermt2pd	%zmm16, %zmm25, %zmm11
	vmulpd	%zmm1, %zmm20, %zmm14
	vshuff64x2	$228, %zmm11, %zmm12, %zmm21
	vmovapd	%zmm15, %zmm12
	vpermt2pd	%zmm16, %zmm23, %zmm15
	vpermt2pd	%zmm16, %zmm24, %zmm12
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vcvtps2pd	12(%rbp,%rax), %zmm21
	vmulpd	%zmm2, %zmm20, %zmm2
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vcvtps2pd	8(%rbp,%rax), %zmm15
	vshuff64x2	$228, %zmm12, %zmm22, %zmm22
	vsubpd	%zmm16, %zmm14, %zmm14
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm21, %zmm22, %zmm2
	vmulpd	%zmm15, %zmm22, %zmm16
	vmulpd	%zmm15, %zmm13, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm13, %zmm2, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, (%r15,%rax,8)
	vmovupd	%zmm15, 64(%r15,%rax,8)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 128(%r15,%rax,8)
	vmovupd	%zmm20, 192(%r15,%rax,8)
	vcvtps2pd	(%rsi,%rax), %zmm0
	vmovupd	384(%r15,%rax,8), %zmm16
	vmovupd	320(%r15,%rax,8), %zmm13
	vmovupd	256(%r15,%rax,8), %zmm14
	vmovupd	448(%r15,%rax,8), %zmm15
	vcvtps2pd	32(%rbp,%rax), %zmm1
	vcvtps2pd	36(%rbp,%rax), %zmm2
	vmovapd	%zmm16, %zmm20
	vmovapd	%zmm16, %zmm22
	vpermt2pd	%zmm15, %zmm9, %zmm20
	vpermi2pd	%zmm13, %zmm14, %zmm9
	vpermt2pd	%zmm15, %zmm25, %zmm22
	vpermi2pd	%zmm13, %zmm14, %zmm25
	vmovapd	%zmm16, %zmm21
	vpermt2pd	%zmm15, %zmm24, %zmm21
	vpermi2pd	%zmm13, %zmm14, %zmm24
	vpermt2pd	%zmm15, %zmm23, %zmm16
	vpermt2pd	%zmm13, %zmm23, %zmm14
	vshuff64x2	$228, %zmm20, %zmm9, %zmm9
	vshuff64x2	$228, %zmm22, %zmm25, %zmm10
	vshuff64x2	$228, %zmm21, %zmm24, %zmm11
	vshuff64x2	$228, %zmm16, %zmm14, %zmm12
	vmulpd	%zmm1, %zmm9, %zmm13
	vmulpd	%zmm2, %zmm10, %zmm15
	vmulpd	%zmm2, %zmm9, %zmm2
	vcvtps2pd	40(%rbp,%rax), %zmm9
	vmulpd	%zmm1, %zmm10, %zmm1
	vsubpd	%zmm15, %zmm13, %zmm13
	vcvtps2pd	44(%rbp,%rax), %zmm15
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm9, %zmm11, %zmm10
	vmulpd	%zmm9, %zmm12, %zmm9
	vmulpd	%zmm15, %zmm12, %zmm14
	vmulpd	%zmm15, %zmm11, %zmm2
	vsubpd	%zmm14, %zmm10, %zmm10
	vaddpd	%zmm9, %zmm2, %zmm2
	vaddpd	%zmm0, %zmm13, %zmm9
	vaddpd	%zmm0, %zmm10, %zmm0
	vmovapd	%zmm9, %zmm12
	vpermt2pd	%zmm1, %zmm18, %zmm12
	vmovapd	%zmm9, %zmm11
	vpermt2pd	%zmm1, %zmm3, %zmm11
	vmovapd	%zmm0, %zmm13
	vpermt2pd	%zmm2, %zmm17, %zmm13
	vmovapd	%zmm0, %zmm10
	vmovapd	%zmm0, %zmm14
	vpermt2pd	%zmm2, %zmm19, %zmm10
	vpermt2pd	%zmm2, %zmm6, %zmm14
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm13, %zmm12 {%k1}
	vmovapd	%zmm9, %zmm13
	vpermt2pd	%zmm1, %zmm7, %zmm13
	vpermt2pd	%zmm1, %zmm5, %zmm9
	vmovapd	%zmm10, %zmm11 {%k1}
	vmovupd	%zmm12, 256(%r15,%rax,8)
	vmovupd	%zmm11, 320(%r15,%rax,8)
	vmovapd	%zmm14, %zmm13 {%k1}
	vmovapd	%zmm0, %zmm9 {%k1}
	vmovupd	%zmm9, 384(%r15,%rax,8)
	vmovupd	%zmm13, 448(%r15,%rax,8)
	addq	$64, %rax
	cmpq	$256, %rax
	jne	.LBB4_39
	jmp	.LBB4_40
	.p2align	4
.LBB4_36:
	leaq	12(%rbp), %rax
	xorl	%edx, %edx
	.p2align	4
.LBB4_37:
	vmovss	-4(%rcx,%rdx), %xmm0
	vmovss	-12(%rax), %xmm1
	vmovss	-8(%rax), %xmm2
	vmovsd	(%r15,%rdx,8), %xmm9
	vmovsd	8(%r15,%rdx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, (%r15,%rdx,8)
	vmovsd	%xmm1, 8(%r15,%rdx,8)
	vmovss	-4(%rax), %xmm1
	vmovss	(%rax), %xmm2
	vmovsd	16(%r15,%rdx,8), %xmm9
	vmovsd	24(%r15,%rdx,8), %xmm10
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 16(%r15,%rdx,8)
	vmovss	(%rcx,%rdx), %xmm0
	vmovsd	%xmm1, 24(%r15,%rdx,8)
	vmovss	-12(%rax,%r11), %xmm1
	vmovss	-8(%rax,%r11), %xmm2
	vmovsd	32(%r15,%rdx,8), %xmm9
	vmovsd	40(%r15,%rdx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, 32(%r15,%rdx,8)
	vmovsd	%xmm1, 40(%r15,%rdx,8)
	vmovss	-4(%rax,%r11), %xmm1
	vmovss	(%rax,%r11), %xmm2
	vmovsd	48(%r15,%rdx,8), %xmm9
	vmovsd	56(%r15,%rdx,8), %xmm10
	addq	%r13, %rax
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 48(%r15,%rdx,8)
	vmovsd	%xmm1, 56(%r15,%rdx,8)
	addq	$8, %rdx
	cmpq	$256, %rdx
	jne	.LBB4_37
	jmp	.LBB4_40
.LBB4_42:
	movq	40(%rsp), %rdi
	vzeroupper
	callq	free@PLT
	movq	96(%rsp), %rdi
	callq	free@PLT
	movq	%r15, %rdi
	callq	free@PLT
	movq	%r12, %rdi
	addq	$248, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end4:
	.size	k13, .Lfunc_end4-k13

	.globl	_mlir_ciface_k13
	.p2align	4
	.type	_mlir_ciface_k13,@function
_mlir_ciface_k13:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$424, %rsp
	movq	%r9, %rax
	movq	8(%rdi), %r9
	movq	40(%rdi), %rdi
	movq	%rsi, %r10
	movq	480(%rsp), %rbx
	movq	488(%rsp), %r11
	movq	40(%rcx), %rsi
	movq	8(%rcx), %r15
	movq	8(%r8), %r12
	movq	8(%rdx), %r14
	movq	40(%r8), %r8
	movq	8(%rax), %r13
	movq	%r9, 416(%rsp)
	movq	8(%r10), %r9
	movq	%rdi, 408(%rsp)
	movq	40(%rdx), %rdi
	movq	40(%rax), %rdx
	movq	8(%rbx), %rbp
	movq	40(%r10), %r10
	movq	40(%rbx), %rbx
	movq	8(%r11), %rcx
	movq	24(%r11), %rax
	movq	40(%r11), %r11
	movq	%rsi, 160(%rsp)
	movq	%r13, 240(%rsp)
	movq	%r8, 216(%rsp)
	movq	%r12, 184(%rsp)
	movq	%r15, 128(%rsp)
	movq	%r14, 72(%rsp)
	movq	416(%rsp), %rsi
	movq	%r9, 16(%rsp)
	movq	408(%rsp), %r9
	movq	%r11, 384(%rsp)
	movq	%rax, 368(%rsp)
	movq	%rcx, 352(%rsp)
	movq	%rbx, 328(%rsp)
	movq	%rbp, 296(%rsp)
	movq	%rdx, 272(%rsp)
	movq	%rdi, 104(%rsp)
	movq	%r10, 48(%rsp)
	callq	k13@PLT
	addq	$424, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
.Lfunc_end5:
	.size	_mlir_ciface_k13, .Lfunc_end5-_mlir_ciface_k13

	.globl	k16
	.p2align	4
	.type	k16,@function
k16:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	cmpq	$0, 200(%rsp)
	movq	%r9, -16(%rsp)
	movq	%rsi, -24(%rsp)
	jle	.LBB6_13
	movq	216(%rsp), %rax
	movq	104(%rsp), %rcx
	movq	184(%rsp), %rdx
	movq	72(%rsp), %r11
	movq	160(%rsp), %rdi
	xorl	%r9d, %r9d
	leaq	(,%rax,4), %rbx
	imulq	$252, %rcx, %rax
	movq	%rdx, %rsi
	subq	128(%rsp), %rsi
	leaq	(,%rdi,4), %rbp
	movq	%rdi, %r13
	leaq	60(%rdx), %r12
	shlq	$6, %r13
	movq	%rbx, -32(%rsp)
	leaq	256(%r11,%rax), %rax
	movq	%rax, -40(%rsp)
	leaq	(,%rcx,4), %rax
	leaq	28(%rdx), %rcx
	movq	%rsi, -48(%rsp)
	jmp	.LBB6_2
	.p2align	4
.LBB6_12:
	movq	-32(%rsp), %rbx
	incq	%r9
	addq	%rbx, %r12
	addq	%rbx, %rcx
	cmpq	200(%rsp), %r9
	je	.LBB6_13
.LBB6_2:
	movq	%r9, %r15
	imulq	216(%rsp), %r15
	imulq	%r9, %rbx
	movq	%r9, -8(%rsp)
	cmpq	$1, %rdi
	jne	.LBB6_4
	movq	-48(%rsp), %rsi
	addq	%rbx, %rsi
	cmpq	$255, %rsi
	jbe	.LBB6_4
	movq	128(%rsp), %rsi
	vmovups	(%rsi), %zmm0
	vmovups	64(%rsi), %zmm1
	vmovups	128(%rsi), %zmm2
	vmovups	192(%rsi), %zmm3
	vmovups	%zmm0, (%rdx,%r15,4)
	vmovups	%zmm1, 64(%rdx,%r15,4)
	vmovups	%zmm2, 128(%rdx,%r15,4)
	vmovups	%zmm3, 192(%rdx,%r15,4)
	jmp	.LBB6_7
	.p2align	4
.LBB6_4:
	movq	128(%rsp), %rsi
	leaq	(%rbp,%rbp), %r9
	xorl	%r8d, %r8d
	.p2align	4
.LBB6_5:
	vmovss	(%rsi), %xmm0
	leaq	(%rsi,%rbp), %r10
	addq	%rbp, %r10
	vmovss	%xmm0, -60(%r12,%r8,4)
	vmovss	(%rsi,%rdi,4), %xmm0
	vmovss	%xmm0, -56(%r12,%r8,4)
	vmovss	(%rsi,%rdi,8), %xmm0
	addq	%r13, %rsi
	vmovss	%xmm0, -52(%r12,%r8,4)
	vmovss	(%r10,%rdi,4), %xmm0
	vmovss	%xmm0, -48(%r12,%r8,4)
	vmovss	(%r10,%rdi,8), %xmm0
	addq	%r9, %r10
	leaq	(%r10,%rdi,4), %r14
	vmovss	%xmm0, -44(%r12,%r8,4)
	vmovss	(%r10,%rdi,4), %xmm0
	vmovss	%xmm0, -40(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -36(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -32(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -28(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -24(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -20(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -16(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -12(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -8(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -4(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	vmovss	%xmm0, (%r12,%r8,4)
	addq	$16, %r8
	cmpq	$64, %r8
	jne	.LBB6_5
.LBB6_7:
	movq	104(%rsp), %r10
	movq	-8(%rsp), %r9
	leaq	(%rdx,%rbx), %rsi
	leaq	256(%rdx,%rbx), %r8
	movq	-24(%rsp), %r14
	shrq	$61, %r10
	movq	%r9, %rbx
	imulq	-16(%rsp), %rbx
	andl	$1, %r10d
	cmpq	-40(%rsp), %rsi
	setb	%sil
	cmpq	%r8, %r11
	setb	%r8b
	leaq	(%r14,%rbx,4), %rbx
	xorl	%r14d, %r14d
	andb	%sil, %r8b
	leaq	28(%r11), %rsi
	orb	%r10b, %r8b
	jmp	.LBB6_8
	.p2align	4
.LBB6_14:
	movq	%r14, %r10
	imulq	104(%rsp), %r10
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%r11,%r10,4), %zmm0, %zmm1
	vmulps	64(%r11,%r10,4), %zmm0, %zmm2
	vmulps	128(%r11,%r10,4), %zmm0, %zmm3
	vmulps	192(%r11,%r10,4), %zmm0, %zmm0
	vaddps	(%rdx,%r15,4), %zmm1, %zmm1
	vaddps	64(%rdx,%r15,4), %zmm2, %zmm2
	vaddps	128(%rdx,%r15,4), %zmm3, %zmm3
	vaddps	192(%rdx,%r15,4), %zmm0, %zmm0
	vmovups	%zmm1, (%rdx,%r15,4)
	vmovups	%zmm2, 64(%rdx,%r15,4)
	vmovups	%zmm3, 128(%rdx,%r15,4)
	vmovups	%zmm0, 192(%rdx,%r15,4)
.LBB6_11:
	incq	%r14
	addq	%rax, %rsi
	cmpq	$64, %r14
	je	.LBB6_12
.LBB6_8:
	vmovss	(%rbx,%r14,4), %xmm0
	testb	%r8b, %r8b
	je	.LBB6_14
	xorl	%r10d, %r10d
	.p2align	4
.LBB6_10:
	vmulss	-28(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-28(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%rcx,%r10,4)
	vmulss	-24(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-24(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%rcx,%r10,4)
	vmulss	-20(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-20(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%rcx,%r10,4)
	vmulss	-16(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-16(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%rcx,%r10,4)
	vmulss	-12(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-12(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%rcx,%r10,4)
	vmulss	-8(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-8(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%rcx,%r10,4)
	vmulss	-4(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-4(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%rcx,%r10,4)
	vmulss	(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, (%rcx,%r10,4)
	addq	$8, %r10
	cmpq	$64, %r10
	jne	.LBB6_10
	jmp	.LBB6_11
.LBB6_13:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end6:
	.size	k16, .Lfunc_end6-k16

	.globl	_mlir_ciface_k16
	.p2align	4
	.type	_mlir_ciface_k16,@function
_mlir_ciface_k16:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	24(%rcx), %rax
	movq	%rax, -8(%rsp)
	testq	%rax, %rax
	jle	.LBB7_13
	movq	8(%rdi), %rax
	movq	40(%rdi), %rdi
	movq	8(%rsi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rcx), %r11
	movq	%rax, -16(%rsp)
	movq	40(%rcx), %rax
	movq	%rdi, -24(%rsp)
	movq	8(%rdx), %rdi
	movq	40(%rdx), %rdx
	leaq	(,%rsi,4), %r15
	movq	%r11, %rcx
	leaq	60(%r11), %r12
	leaq	28(%r11), %r8
	leaq	(,%rax,4), %rbx
	movq	%rax, -32(%rsp)
	imulq	$252, %rsi, %rax
	leaq	(,%rdx,4), %rbp
	movq	%rdx, %r13
	subq	%rdi, %rcx
	shlq	$6, %r13
	movq	%rdi, -72(%rsp)
	xorl	%edi, %edi
	movq	%rcx, -56(%rsp)
	movq	%rbx, -40(%rsp)
	leaq	256(%r9,%rax), %rax
	movq	%rax, -48(%rsp)
	jmp	.LBB7_2
	.p2align	4
.LBB7_12:
	movq	-64(%rsp), %rdi
	movq	-40(%rsp), %rbx
	incq	%rdi
	addq	%rbx, %r12
	addq	%rbx, %r8
	cmpq	-8(%rsp), %rdi
	je	.LBB7_13
.LBB7_2:
	imulq	%rdi, %rbx
	movq	%rdi, -64(%rsp)
	imulq	-32(%rsp), %rdi
	cmpq	$1, %rdx
	jne	.LBB7_4
	movq	-56(%rsp), %rax
	addq	%rbx, %rax
	cmpq	$255, %rax
	jbe	.LBB7_4
	movq	-72(%rsp), %rax
	vmovups	(%rax), %zmm0
	vmovups	64(%rax), %zmm1
	vmovups	128(%rax), %zmm2
	vmovups	192(%rax), %zmm3
	vmovups	%zmm0, (%r11,%rdi,4)
	vmovups	%zmm1, 64(%r11,%rdi,4)
	vmovups	%zmm2, 128(%r11,%rdi,4)
	vmovups	%zmm3, 192(%r11,%rdi,4)
	jmp	.LBB7_7
	.p2align	4
.LBB7_4:
	movq	-72(%rsp), %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB7_5:
	vmovss	(%rax), %xmm0
	leaq	(%rax,%rbp), %r10
	leaq	(%rbp,%rbp), %r14
	addq	%rbp, %r10
	addq	%r10, %r14
	vmovss	%xmm0, -60(%r12,%rcx,4)
	vmovss	(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, -56(%r12,%rcx,4)
	vmovss	(%rax,%rdx,8), %xmm0
	addq	%r13, %rax
	vmovss	%xmm0, -52(%r12,%rcx,4)
	vmovss	(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -48(%r12,%rcx,4)
	vmovss	(%r10,%rdx,8), %xmm0
	leaq	(%r14,%rdx,4), %r10
	vmovss	%xmm0, -44(%r12,%rcx,4)
	vmovss	(%r14,%rdx,4), %xmm0
	vmovss	%xmm0, -40(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -36(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -32(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -28(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -24(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -20(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -16(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -12(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -8(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -4(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	vmovss	%xmm0, (%r12,%rcx,4)
	addq	$16, %rcx
	cmpq	$64, %rcx
	jne	.LBB7_5
.LBB7_7:
	movq	%rsi, %r10
	shrq	$61, %r10
	leaq	(%r11,%rbx), %rax
	leaq	256(%r11,%rbx), %rcx
	movq	-64(%rsp), %rbx
	movq	-16(%rsp), %r14
	imulq	-24(%rsp), %rbx
	andl	$1, %r10d
	cmpq	-48(%rsp), %rax
	setb	%al
	cmpq	%rcx, %r9
	setb	%cl
	andb	%al, %cl
	leaq	(%r14,%rbx,4), %rbx
	leaq	28(%r9), %rax
	orb	%r10b, %cl
	xorl	%r10d, %r10d
	jmp	.LBB7_8
	.p2align	4
.LBB7_14:
	movq	%r10, %r14
	imulq	%rsi, %r14
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%r9,%r14,4), %zmm0, %zmm1
	vmulps	64(%r9,%r14,4), %zmm0, %zmm2
	vmulps	128(%r9,%r14,4), %zmm0, %zmm3
	vmulps	192(%r9,%r14,4), %zmm0, %zmm0
	vaddps	(%r11,%rdi,4), %zmm1, %zmm1
	vaddps	64(%r11,%rdi,4), %zmm2, %zmm2
	vaddps	128(%r11,%rdi,4), %zmm3, %zmm3
	vaddps	192(%r11,%rdi,4), %zmm0, %zmm0
	vmovups	%zmm1, (%r11,%rdi,4)
	vmovups	%zmm2, 64(%r11,%rdi,4)
	vmovups	%zmm3, 128(%r11,%rdi,4)
	vmovups	%zmm0, 192(%r11,%rdi,4)
.LBB7_11:
	incq	%r10
	addq	%r15, %rax
	cmpq	$64, %r10
	je	.LBB7_12
.LBB7_8:
	vmovss	(%rbx,%r10,4), %xmm0
	testb	%cl, %cl
	je	.LBB7_14
	xorl	%r14d, %r14d
	.p2align	4
.LBB7_10:
	vmulss	-28(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-28(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r8,%r14,4)
	vmulss	-24(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-24(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r8,%r14,4)
	vmulss	-20(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-20(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r8,%r14,4)
	vmulss	-16(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-16(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r8,%r14,4)
	vmulss	-12(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-12(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r8,%r14,4)
	vmulss	-8(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-8(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r8,%r14,4)
	vmulss	-4(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-4(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r8,%r14,4)
	vmulss	(%rax,%r14,4), %xmm0, %xmm1
	vaddss	(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%r14,4)
	addq	$8, %r14
	cmpq	$64, %r14
	jne	.LBB7_10
	jmp	.LBB7_11
.LBB7_13:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end7:
	.size	_mlir_ciface_k16, .Lfunc_end7-_mlir_ciface_k16

	.globl	k17
	.p2align	4
	.type	k17,@function
k17:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	144(%rsp), %rdi
	movq	%r9, -8(%rsp)
	testq	%rdi, %rdi
	jle	.LBB8_6
	movq	160(%rsp), %rax
	movq	128(%rsp), %rdx
	leaq	-1(%rdi), %rcx
	movq	104(%rsp), %r12
	movq	72(%rsp), %r8
	movq	%rax, %r10
	imulq	%rcx, %r10
	leaq	60(%r8), %r15
	leaq	60(%rdx), %r13
	leaq	256(%rdx,%r10,4), %r11
	leaq	(,%rax,4), %r10
	movq	-8(%rsp), %rax
	movq	%rax, %rbx
	imulq	%rcx, %rbx
	imulq	%r12, %rcx
	movq	%rax, %r14
	leaq	(,%rax,4), %r9
	leaq	256(%rsi,%rbx,4), %rbx
	leaq	256(%r8,%rcx,4), %rcx
	cmpq	%rbx, %rdx
	setb	%bl
	cmpq	%r11, %rsi
	setb	%bpl
	andb	%bl, %bpl
	testq	%r10, %r10
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%rcx, %rdx
	setb	%cl
	cmpq	%r11, %r8
	movq	%r12, %r11
	leaq	(,%r12,4), %r12
	setb	%bpl
	shrq	$61, %r11
	xorl	%eax, %eax
	andl	$1, %r11d
	andb	%cl, %bpl
	orb	%bl, %r11b
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rsi), %r14
	jmp	.LBB8_2
	.p2align	4
.LBB8_7:
	movq	%rax, %rcx
	imulq	-8(%rsp), %rcx
	movq	%rax, %rbp
	imulq	104(%rsp), %rbp
	movq	%r10, %rbx
	movq	%rdi, %r10
	movq	%rax, %rdi
	imulq	160(%rsp), %rdi
	vmovups	(%rsi,%rcx,4), %zmm0
	vmovups	64(%rsi,%rcx,4), %zmm1
	vmovups	128(%rsi,%rcx,4), %zmm2
	vmovups	192(%rsi,%rcx,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%rdx,%rdi,4)
	vmovups	%zmm1, 64(%rdx,%rdi,4)
	vmovups	%zmm2, 128(%rdx,%rdi,4)
	vmovups	%zmm3, 192(%rdx,%rdi,4)
	movq	%r10, %rdi
	movq	%rbx, %r10
.LBB8_5:
	incq	%rax
	addq	%r9, %r14
	addq	%r12, %r15
	addq	%r10, %r13
	cmpq	%rdi, %rax
	je	.LBB8_6
.LBB8_2:
	testb	%r11b, %r11b
	je	.LBB8_7
	xorl	%ecx, %ecx
	.p2align	4
.LBB8_4:
	vmovss	-60(%r14,%rcx,4), %xmm0
	vaddss	-60(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%rcx,4)
	vmovss	-56(%r14,%rcx,4), %xmm0
	vaddss	-56(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%rcx,4)
	vmovss	-52(%r14,%rcx,4), %xmm0
	vaddss	-52(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%rcx,4)
	vmovss	-48(%r14,%rcx,4), %xmm0
	vaddss	-48(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%rcx,4)
	vmovss	-44(%r14,%rcx,4), %xmm0
	vaddss	-44(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%rcx,4)
	vmovss	-40(%r14,%rcx,4), %xmm0
	vaddss	-40(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%rcx,4)
	vmovss	-36(%r14,%rcx,4), %xmm0
	vaddss	-36(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%rcx,4)
	vmovss	-32(%r14,%rcx,4), %xmm0
	vaddss	-32(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%rcx,4)
	vmovss	-28(%r14,%rcx,4), %xmm0
	vaddss	-28(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%rcx,4)
	vmovss	-24(%r14,%rcx,4), %xmm0
	vaddss	-24(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%rcx,4)
	vmovss	-20(%r14,%rcx,4), %xmm0
	vaddss	-20(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%rcx,4)
	vmovss	-16(%r14,%rcx,4), %xmm0
	vaddss	-16(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%rcx,4)
	vmovss	-12(%r14,%rcx,4), %xmm0
	vaddss	-12(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%rcx,4)
	vmovss	-8(%r14,%rcx,4), %xmm0
	vaddss	-8(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%rcx,4)
	vmovss	-4(%r14,%rcx,4), %xmm0
	vaddss	-4(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%rcx,4)
	vmovss	(%r14,%rcx,4), %xmm0
	vaddss	(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%rcx,4)
	addq	$16, %rcx
	cmpq	$64, %rcx
	jne	.LBB8_4
	jmp	.LBB8_5
.LBB8_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end8:
	.size	k17, .Lfunc_end8-k17

	.globl	_mlir_ciface_k17
	.p2align	4
	.type	_mlir_ciface_k17,@function
_mlir_ciface_k17:
	movq	24(%rdx), %rax
	testq	%rax, %rax
	jle	.LBB9_7
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	8(%rdi), %rcx
	movq	40(%rdi), %rdi
	movq	8(%rdx), %r9
	movq	40(%rdx), %rdx
	leaq	-1(%rax), %r10
	movq	40(%rsi), %r13
	movq	8(%rsi), %r8
	movq	%rdi, %rbx
	imulq	%r10, %rbx
	movq	%rdx, %r11
	imulq	%r10, %r11
	imulq	%r13, %r10
	movq	%rdx, -8(%rsp)
	leaq	(,%rdx,4), %rdx
	movq	%rdi, %r14
	leaq	(,%r13,4), %r12
	leaq	60(%r8), %r15
	movq	%r13, -24(%rsp)
	movq	%rdi, -16(%rsp)
	leaq	256(%rcx,%rbx,4), %rbx
	leaq	256(%r9,%r11,4), %r11
	leaq	256(%r8,%r10,4), %r10
	cmpq	%rbx, %r9
	setb	%bl
	cmpq	%r11, %rcx
	setb	%bpl
	andb	%bl, %bpl
	testq	%rdx, %rdx
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%r10, %r9
	setb	%r10b
	cmpq	%r11, %r8
	movq	%r13, %r11
	leaq	60(%r9), %r13
	setb	%bpl
	shrq	$61, %r11
	andl	$1, %r11d
	andb	%r10b, %bpl
	orb	%bl, %r11b
	leaq	(,%rdi,4), %rbx
	xorl	%edi, %edi
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rcx), %r14
	jmp	.LBB9_2
	.p2align	4
.LBB9_8:
	movq	%rdi, %r10
	imulq	-16(%rsp), %r10
	movq	%rdi, %rbp
	imulq	-24(%rsp), %rbp
	movq	%rbx, %rsi
	movq	%rdx, %rbx
	movq	%rdi, %rdx
	imulq	-8(%rsp), %rdx
	vmovups	(%rcx,%r10,4), %zmm0
	vmovups	64(%rcx,%r10,4), %zmm1
	vmovups	128(%rcx,%r10,4), %zmm2
	vmovups	192(%rcx,%r10,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%r9,%rdx,4)
	vmovups	%zmm1, 64(%r9,%rdx,4)
	vmovups	%zmm2, 128(%r9,%rdx,4)
	vmovups	%zmm3, 192(%r9,%rdx,4)
	movq	%rbx, %rdx
	movq	%rsi, %rbx
.LBB9_5:
	incq	%rdi
	addq	%rbx, %r14
	addq	%r12, %r15
	addq	%rdx, %r13
	cmpq	%rax, %rdi
	je	.LBB9_6
.LBB9_2:
	testb	%r11b, %r11b
	je	.LBB9_8
	xorl	%r10d, %r10d
	.p2align	4
.LBB9_4:
	vmovss	-60(%r14,%r10,4), %xmm0
	vaddss	-60(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%r10,4)
	vmovss	-56(%r14,%r10,4), %xmm0
	vaddss	-56(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%r10,4)
	vmovss	-52(%r14,%r10,4), %xmm0
	vaddss	-52(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%r10,4)
	vmovss	-48(%r14,%r10,4), %xmm0
	vaddss	-48(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%r10,4)
	vmovss	-44(%r14,%r10,4), %xmm0
	vaddss	-44(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%r10,4)
	vmovss	-40(%r14,%r10,4), %xmm0
	vaddss	-40(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%r10,4)
	vmovss	-36(%r14,%r10,4), %xmm0
	vaddss	-36(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%r10,4)
	vmovss	-32(%r14,%r10,4), %xmm0
	vaddss	-32(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%r10,4)
	vmovss	-28(%r14,%r10,4), %xmm0
	vaddss	-28(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%r10,4)
	vmovss	-24(%r14,%r10,4), %xmm0
	vaddss	-24(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%r10,4)
	vmovss	-20(%r14,%r10,4), %xmm0
	vaddss	-20(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%r10,4)
	vmovss	-16(%r14,%r10,4), %xmm0
	vaddss	-16(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%r10,4)
	vmovss	-12(%r14,%r10,4), %xmm0
	vaddss	-12(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%r10,4)
	vmovss	-8(%r14,%r10,4), %xmm0
	vaddss	-8(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%r10,4)
	vmovss	-4(%r14,%r10,4), %xmm0
	vaddss	-4(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%r10,4)
	vmovss	(%r14,%r10,4), %xmm0
	vaddss	(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%r10,4)
	addq	$16, %r10
	cmpq	$64, %r10
	jne	.LBB9_4
	jmp	.LBB9_5
.LBB9_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
.LBB9_7:
	vzeroupper
	retq
.Lfunc_end9:
	.size	_mlir_ciface_k17, .Lfunc_end9-_mlir_ciface_k17

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI10_0:
	.long	0x3c800000
.LCPI10_1:
	.long	0x3727c5ac
.LCPI10_2:
	.long	0x3f800000
	.text
	.globl	k21
	.p2align	4
	.type	k21,@function
k21:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$248, %rsp
	movq	%r9, 176(%rsp)
	movq	%rsi, %r15
	movq	520(%rsp), %rax
	movq	%rax, 16(%rsp)
	movq	504(%rsp), %rdi
	movq	%rdi, 40(%rsp)
	shlq	$8, %rdi
	movq	464(%rsp), %rax
	movq	488(%rsp), %rbp
	movq	%rax, 112(%rsp)
	movq	376(%rsp), %rax
	movq	432(%rsp), %rbx
	movq	408(%rsp), %r13
	movq	%rax, 104(%rsp)
	movq	320(%rsp), %rax
	movq	352(%rsp), %r14
	movq	%rax, 48(%rsp)
	movq	%rdi, 88(%rsp)
	callq	malloc@PLT
	cmpq	$0, 40(%rsp)
	movq	%rax, %r12
	jle	.LBB10_23
	vmovss	.LCPI10_0(%rip), %xmm0
	vmovss	.LCPI10_1(%rip), %xmm1
	vmovss	.LCPI10_2(%rip), %xmm2
	movq	176(%rsp), %r10
	leaq	(,%r14,4), %rdi
	movq	%r14, %rsi
	leaq	28(%r15), %rax
	leaq	28(%r12), %rdx
	shlq	$5, %rsi
	xorl	%r8d, %r8d
	leaq	(%rdi,%rdi), %r9
	leaq	(,%r10,4), %rcx
	movq	%rcx, (%rsp)
	movq	%r10, %rcx
	movq	%r12, 96(%rsp)
	jmp	.LBB10_2
	.p2align	4
.LBB10_24:
	leaq	(%r15,%r10,4), %r10
	movq	48(%rsp), %rcx
	vbroadcastss	%xmm3, %zmm3
	movq	%r8, %r11
	shlq	$8, %r11
	vmulps	(%r10), %zmm3, %zmm4
	vmulps	64(%r10), %zmm3, %zmm5
	vmulps	128(%r10), %zmm3, %zmm6
	vmulps	192(%r10), %zmm3, %zmm3
	vmulps	(%rcx), %zmm4, %zmm4
	vmulps	64(%rcx), %zmm5, %zmm5
	vmulps	128(%rcx), %zmm6, %zmm6
	vmulps	192(%rcx), %zmm3, %zmm3
	vmovups	%zmm4, (%r12,%r11)
	vmovups	%zmm5, 64(%r12,%r11)
	vmovups	%zmm6, 128(%r12,%r11)
	vmovups	%zmm3, 192(%r12,%r11)
.LBB10_5:
	addq	(%rsp), %rax
	movq	96(%rsp), %r12
	movq	176(%rsp), %rcx
	incq	%r8
	addq	$256, %rdx
	cmpq	40(%rsp), %r8
	je	.LBB10_6
.LBB10_2:
	movq	%r8, %r10
	imulq	%rcx, %r10
	vmovss	(%r15,%r10,4), %xmm3
	vmovss	4(%r15,%r10,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	192(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	196(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	200(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	204(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	208(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	212(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	216(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	220(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	224(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	228(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	232(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	236(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	240(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	244(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	248(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	252(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmulss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %r14
	je	.LBB10_24
	movq	48(%rsp), %r10
	xorl	%r11d, %r11d
	.p2align	4
.LBB10_4:
	vmulss	-28(%rax,%r11,4), %xmm3, %xmm4
	leaq	(%r10,%rdi), %rcx
	addq	%rdi, %rcx
	vmulss	(%r10), %xmm4, %xmm4
	vmovss	%xmm4, -28(%rdx,%r11,4)
	vmulss	-24(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%r10,%r14,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%rdx,%r11,4)
	vmulss	-20(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%r10,%r14,8), %xmm4, %xmm4
	addq	%rsi, %r10
	vmovss	%xmm4, -20(%rdx,%r11,4)
	vmulss	-16(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r14,4), %xmm4, %xmm4
	vmovss	%xmm4, -16(%rdx,%r11,4)
	vmulss	-12(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r14,8), %xmm4, %xmm4
	addq	%r9, %rcx
	leaq	(%rcx,%r14,4), %r12
	vmovss	%xmm4, -12(%rdx,%r11,4)
	vmulss	-8(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r14,4), %xmm4, %xmm4
	vmovss	%xmm4, -8(%rdx,%r11,4)
	vmulss	-4(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rdi,%r12), %xmm4, %xmm4
	addq	%rdi, %r12
	vmovss	%xmm4, -4(%rdx,%r11,4)
	vmulss	(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rdi,%r12), %xmm4, %xmm4
	vmovss	%xmm4, (%rdx,%r11,4)
	addq	$8, %r11
	cmpq	$64, %r11
	jne	.LBB10_4
	jmp	.LBB10_5
.LBB10_6:
	movq	88(%rsp), %rax
	leaq	(%rax,%rax,2), %rdi
	vzeroupper
	callq	malloc@PLT
	movq	104(%rsp), %r8
	shlq	$2, %r13
	movq	%rax, %r14
	xorl	%eax, %eax
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r12, %rcx
	addq	$704, %r8
	.p2align	4
.LBB10_7:
	leaq	(%rax,%rax,2), %rsi
	xorl	%edi, %edi
	shlq	$8, %rsi
	vmovups	%zmm0, (%r14,%rsi)
	vmovups	%zmm0, 64(%r14,%rsi)
	vmovups	%zmm0, 128(%r14,%rsi)
	vmovups	%zmm0, 192(%r14,%rsi)
	vmovups	%zmm0, 256(%r14,%rsi)
	vmovups	%zmm0, 320(%r14,%rsi)
	vmovups	%zmm0, 384(%r14,%rsi)
	vmovups	%zmm0, 448(%r14,%rsi)
	vmovups	%zmm0, 512(%r14,%rsi)
	vmovups	%zmm0, 576(%r14,%rsi)
	vmovups	%zmm0, 640(%r14,%rsi)
	vmovups	%zmm0, 704(%r14,%rsi)
	leaq	(%r14,%rsi), %rdx
	vmovups	(%r14,%rsi), %zmm12
	vmovups	64(%r14,%rsi), %zmm11
	vmovups	128(%r14,%rsi), %zmm10
	vmovups	192(%r14,%rsi), %zmm9
	vmovups	256(%r14,%rsi), %zmm8
	vmovups	320(%r14,%rsi), %zmm7
	vmovups	384(%r14,%rsi), %zmm6
	vmovups	448(%r14,%rsi), %zmm5
	vmovups	512(%r14,%rsi), %zmm4
	vmovups	576(%r14,%rsi), %zmm3
	vmovups	640(%r14,%rsi), %zmm2
	vmovups	704(%r14,%rsi), %zmm1
	movq	%r8, %rsi
	.p2align	4
.LBB10_8:
	vbroadcastss	(%rcx,%rdi,4), %zmm13
	incq	%rdi
	vmulps	-640(%rsi), %zmm13, %zmm16
	vmulps	-576(%rsi), %zmm13, %zmm15
	vmulps	-704(%rsi), %zmm13, %zmm14
	vaddps	%zmm16, %zmm11, %zmm11
	vaddps	%zmm15, %zmm10, %zmm10
	vmulps	-512(%rsi), %zmm13, %zmm16
	vmulps	-448(%rsi), %zmm13, %zmm15
	vaddps	%zmm14, %zmm12, %zmm12
	vaddps	%zmm16, %zmm9, %zmm9
	vaddps	%zmm15, %zmm8, %zmm8
	vmulps	-384(%rsi), %zmm13, %zmm16
	vmulps	-320(%rsi), %zmm13, %zmm15
	vaddps	%zmm16, %zmm7, %zmm7
	vaddps	%zmm15, %zmm6, %zmm6
	vmulps	-256(%rsi), %zmm13, %zmm16
	vmulps	-192(%rsi), %zmm13, %zmm15
	vaddps	%zmm16, %zmm5, %zmm5
	vaddps	%zmm15, %zmm4, %zmm4
	vmulps	-128(%rsi), %zmm13, %zmm16
	vmulps	-64(%rsi), %zmm13, %zmm15
	vmulps	(%rsi), %zmm13, %zmm13
	addq	%r13, %rsi
	vaddps	%zmm16, %zmm3, %zmm3
	vaddps	%zmm15, %zmm2, %zmm2
	vaddps	%zmm13, %zmm1, %zmm1
	cmpq	$64, %rdi
	jne	.LBB10_8
	incq	%rax
	addq	$256, %rcx
	vmovups	%zmm12, (%rdx)
	vmovups	%zmm11, 64(%rdx)
	vmovups	%zmm10, 128(%rdx)
	vmovups	%zmm9, 192(%rdx)
	vmovups	%zmm8, 256(%rdx)
	vmovups	%zmm7, 320(%rdx)
	vmovups	%zmm6, 384(%rdx)
	vmovups	%zmm5, 448(%rdx)
	vmovups	%zmm4, 512(%rdx)
	vmovups	%zmm3, 576(%rdx)
	vmovups	%zmm2, 640(%rdx)
	vmovups	%zmm1, 704(%rdx)
	cmpq	40(%rsp), %rax
	jne	.LBB10_7
	movq	16(%rsp), %rax
	movq	112(%rsp), %rsi
	xorl	%edx, %edx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rbp, %rdi
	leaq	(,%rax,4), %r15
	imulq	$252, %rsi, %rax
	leaq	(,%rsi,4), %rcx
	shrq	$61, %rsi
	andl	$1, %esi
	leaq	768(%rbx,%rax), %rax
	movq	%rax, 176(%rsp)
	jmp	.LBB10_11
	.p2align	4
.LBB10_16:
	incq	%rdx
	addq	%r15, %rdi
	cmpq	40(%rsp), %rdx
	je	.LBB10_17
.LBB10_11:
	movq	%r15, %rax
	imulq	%rdx, %rax
	movq	%rdx, %r8
	shlq	$8, %r8
	movq	%rdx, %r9
	imulq	16(%rsp), %r9
	addq	%r12, %r8
	leaq	(%rbp,%rax), %r10
	cmpq	176(%rsp), %r10
	leaq	768(%rbp,%rax), %r11
	vmovups	%zmm0, 704(%rbp,%rax)
	vmovups	%zmm0, 640(%rbp,%rax)
	vmovups	%zmm0, 576(%rbp,%rax)
	vmovups	%zmm0, 512(%rbp,%rax)
	vmovups	%zmm0, 448(%rbp,%rax)
	vmovups	%zmm0, 384(%rbp,%rax)
	vmovups	%zmm0, 320(%rbp,%rax)
	vmovups	%zmm0, 256(%rbp,%rax)
	vmovups	%zmm0, 192(%rbp,%rax)
	vmovups	%zmm0, 128(%rbp,%rax)
	vmovups	%zmm0, 64(%rbp,%rax)
	vmovups	%zmm0, (%rbp,%rax)
	setb	%al
	cmpq	%r11, %rbx
	movq	%rbx, %r11
	setb	%r10b
	xorl	%r13d, %r13d
	andb	%al, %r10b
	orb	%sil, %r10b
	jmp	.LBB10_12
	.p2align	4
.LBB10_25:
	movq	%r13, %rax
	imulq	112(%rsp), %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	64(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	128(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	192(%rbx,%rax,4), %zmm1, %zmm5
	vaddps	(%rbp,%r9,4), %zmm2, %zmm2
	vaddps	64(%rbp,%r9,4), %zmm3, %zmm3
	vaddps	128(%rbp,%r9,4), %zmm4, %zmm4
	vaddps	192(%rbp,%r9,4), %zmm5, %zmm5
	vmovups	%zmm2, (%rbp,%r9,4)
	vmovups	%zmm3, 64(%rbp,%r9,4)
	vmovups	%zmm4, 128(%rbp,%r9,4)
	vmovups	%zmm5, 192(%rbp,%r9,4)
	vmulps	256(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	320(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	384(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	448(%rbx,%rax,4), %zmm1, %zmm5
	vaddps	256(%rbp,%r9,4), %zmm2, %zmm2
	vaddps	320(%rbp,%r9,4), %zmm3, %zmm3
	vaddps	384(%rbp,%r9,4), %zmm4, %zmm4
	vaddps	448(%rbp,%r9,4), %zmm5, %zmm5
	vmovups	%zmm2, 256(%rbp,%r9,4)
	vmovups	%zmm3, 320(%rbp,%r9,4)
	vmovups	%zmm4, 384(%rbp,%r9,4)
	vmovups	%zmm5, 448(%rbp,%r9,4)
	vmulps	512(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	576(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	640(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	704(%rbx,%rax,4), %zmm1, %zmm1
	vaddps	512(%rbp,%r9,4), %zmm2, %zmm2
	vaddps	576(%rbp,%r9,4), %zmm3, %zmm3
	vaddps	640(%rbp,%r9,4), %zmm4, %zmm4
	vaddps	704(%rbp,%r9,4), %zmm1, %zmm1
	vmovups	%zmm2, 512(%rbp,%r9,4)
	vmovups	%zmm3, 576(%rbp,%r9,4)
	vmovups	%zmm4, 640(%rbp,%r9,4)
	vmovups	%zmm1, 704(%rbp,%r9,4)
.LBB10_15:
	incq	%r13
	addq	%rcx, %r11
	cmpq	$64, %r13
	je	.LBB10_16
.LBB10_12:
	vmovss	(%r8,%r13,4), %xmm1
	testb	%r10b, %r10b
	je	.LBB10_25
	movl	$11, %eax
	.p2align	4
.LBB10_14:
	vmulss	-44(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-44(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%rdi,%rax,4)
	vmulss	-40(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-40(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%rdi,%rax,4)
	vmulss	-36(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-36(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%rdi,%rax,4)
	vmulss	-32(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-32(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%rdi,%rax,4)
	vmulss	-28(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-28(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%rdi,%rax,4)
	vmulss	-24(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-24(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%rdi,%rax,4)
	vmulss	-20(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-20(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%rdi,%rax,4)
	vmulss	-16(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-16(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%rdi,%rax,4)
	vmulss	-12(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-12(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%rdi,%rax,4)
	vmulss	-8(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-8(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%rdi,%rax,4)
	vmulss	-4(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-4(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%rdi,%rax,4)
	vmulss	(%r11,%rax,4), %xmm1, %xmm2
	vaddss	(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rdi,%rax,4)
	addq	$12, %rax
	cmpq	$203, %rax
	jne	.LBB10_14
	jmp	.LBB10_15
.LBB10_17:
	xorl	%ebx, %ebx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r14, %r12
	.p2align	4
.LBB10_18:
	xorl	%r13d, %r13d
	.p2align	4
.LBB10_19:
	vmovups	(%r12,%r13,4), %zmm1
	vsubps	%zmm1, %zmm0, %zmm0
	vmovups	%zmm1, 176(%rsp)
	vmovups	%zmm0, 112(%rsp)
	vextractf32x4	$3, %zmm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 48(%rsp)
	vmovshdup	16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	48(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 48(%rsp)
	vpermilpd	$1, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	48(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 48(%rsp)
	vpermilps	$255, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	48(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 48(%rsp)
	vmovups	112(%rsp), %zmm0
	vextractf32x4	$2, %zmm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, (%rsp)
	vmovshdup	16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilpd	$1, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilps	$255, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vinsertf128	$1, 48(%rsp), %ymm0, %ymm0
	vmovups	%ymm0, 48(%rsp)
	vmovups	112(%rsp), %zmm0
	vextractf128	$1, %ymm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, (%rsp)
	vmovshdup	16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilpd	$1, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilps	$255, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vmovups	112(%rsp), %zmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, (%rsp)
	vmovshdup	112(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilpd	$1, 112(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilps	$255, 112(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm2
	vbroadcastss	.LCPI10_2(%rip), %zmm1
	vinsertps	$48, %xmm0, %xmm2, %xmm0
	vinsertf128	$1, 16(%rsp), %ymm0, %ymm0
	vmovups	176(%rsp), %zmm2
	vinsertf64x4	$1, 48(%rsp), %zmm0, %zmm0
	vaddps	%zmm1, %zmm0, %zmm0
	vdivps	%zmm0, %zmm2, %zmm0
	vmulps	(%rbp,%r13,4), %zmm0, %zmm0
	vmovups	%zmm0, (%rbp,%r13,4)
	addq	$16, %r13
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	$192, %r13
	jne	.LBB10_19
	incq	%rbx
	addq	%r15, %rbp
	addq	$768, %r12
	cmpq	40(%rsp), %rbx
	jne	.LBB10_18
	movq	96(%rsp), %r12
	jmp	.LBB10_22
.LBB10_23:
	movq	88(%rsp), %rax
	leaq	(%rax,%rax,2), %rdi
	callq	malloc@PLT
	movq	%rax, %r14
.LBB10_22:
	movq	%r12, %rdi
	vzeroupper
	callq	free@PLT
	movq	%r14, %rdi
	addq	$248, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end10:
	.size	k21, .Lfunc_end10-k21

	.globl	_mlir_ciface_k21
	.p2align	4
	.type	_mlir_ciface_k21,@function
_mlir_ciface_k21:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k21@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end11:
	.size	_mlir_ciface_k21, .Lfunc_end11-_mlir_ciface_k21

	.globl	k23
	.p2align	4
	.type	k23,@function
k23:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	cmpq	$0, 144(%rsp)
	movq	%r9, -8(%rsp)
	movq	%rsi, -16(%rsp)
	jle	.LBB12_8
	movq	104(%rsp), %rdi
	movq	160(%rsp), %rax
	movq	72(%rsp), %r8
	movq	128(%rsp), %rdx
	xorl	%ecx, %ecx
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(,%rax,4), %rsi
	imulq	$764, %rdi, %rax
	movq	%rdi, %r13
	shrq	$61, %r13
	leaq	(,%rdi,4), %r14
	leaq	28(%rdx), %r15
	andl	$1, %r13d
	leaq	256(%r8,%rax), %r11
	jmp	.LBB12_2
	.p2align	4
.LBB12_7:
	incq	%rcx
	addq	%rsi, %r15
	cmpq	144(%rsp), %rcx
	je	.LBB12_8
.LBB12_2:
	movq	%rsi, %rax
	imulq	%rcx, %rax
	movq	-16(%rsp), %rbx
	movq	%rcx, %r12
	imulq	160(%rsp), %r12
	leaq	(%rdx,%rax), %r9
	leaq	256(%rdx,%rax), %r10
	vmovups	%zmm0, 192(%rdx,%rax)
	vmovups	%zmm0, 128(%rdx,%rax)
	vmovups	%zmm0, 64(%rdx,%rax)
	vmovups	%zmm0, (%rdx,%rax)
	movq	%rcx, %rax
	imulq	-8(%rsp), %rax
	cmpq	%r11, %r9
	setb	%r9b
	cmpq	%r10, %r8
	leaq	(%rbx,%rax,4), %rbp
	setb	%al
	leaq	28(%r8), %rbx
	xorl	%r10d, %r10d
	andb	%r9b, %al
	orb	%r13b, %al
	jmp	.LBB12_3
	.p2align	4
.LBB12_9:
	movq	%r10, %r9
	imulq	%rdi, %r9
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%r8,%r9,4), %zmm1, %zmm2
	vmulps	64(%r8,%r9,4), %zmm1, %zmm3
	vmulps	128(%r8,%r9,4), %zmm1, %zmm4
	vmulps	192(%r8,%r9,4), %zmm1, %zmm1
	vaddps	(%rdx,%r12,4), %zmm2, %zmm2
	vaddps	64(%rdx,%r12,4), %zmm3, %zmm3
	vaddps	128(%rdx,%r12,4), %zmm4, %zmm4
	vaddps	192(%rdx,%r12,4), %zmm1, %zmm1
	vmovups	%zmm2, (%rdx,%r12,4)
	vmovups	%zmm3, 64(%rdx,%r12,4)
	vmovups	%zmm4, 128(%rdx,%r12,4)
	vmovups	%zmm1, 192(%rdx,%r12,4)
.LBB12_6:
	incq	%r10
	addq	%r14, %rbx
	cmpq	$192, %r10
	je	.LBB12_7
.LBB12_3:
	vmovss	(%rbp,%r10,4), %xmm1
	testb	%al, %al
	je	.LBB12_9
	xorl	%r9d, %r9d
	.p2align	4
.LBB12_5:
	vmulss	-28(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-28(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r15,%r9,4)
	vmulss	-24(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-24(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r15,%r9,4)
	vmulss	-20(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-20(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r15,%r9,4)
	vmulss	-16(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-16(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r15,%r9,4)
	vmulss	-12(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-12(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r15,%r9,4)
	vmulss	-8(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-8(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r15,%r9,4)
	vmulss	-4(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-4(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r15,%r9,4)
	vmulss	(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r15,%r9,4)
	addq	$8, %r9
	cmpq	$64, %r9
	jne	.LBB12_5
	jmp	.LBB12_6
.LBB12_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end12:
	.size	k23, .Lfunc_end12-k23

	.globl	_mlir_ciface_k23
	.p2align	4
	.type	_mlir_ciface_k23,@function
_mlir_ciface_k23:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	24(%rdx), %rax
	movq	%rax, -8(%rsp)
	testq	%rax, %rax
	jle	.LBB13_8
	movq	8(%rdi), %rax
	movq	8(%rsi), %r8
	movq	40(%rsi), %rsi
	movq	8(%rdx), %r9
	movq	40(%rdi), %rcx
	movq	40(%rdx), %rdx
	xorl	%ebx, %ebx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rax, -16(%rsp)
	imulq	$764, %rsi, %rax
	movq	%rsi, %r13
	shrq	$61, %r13
	movq	%rcx, -24(%rsp)
	leaq	(,%rdx,4), %rcx
	leaq	(,%rsi,4), %r14
	leaq	28(%r9), %r15
	andl	$1, %r13d
	leaq	256(%r8,%rax), %rax
	movq	%rax, -32(%rsp)
	jmp	.LBB13_2
	.p2align	4
.LBB13_7:
	incq	%rbx
	addq	%r11, %r15
	movq	%r11, %rcx
	cmpq	-8(%rsp), %rbx
	je	.LBB13_8
.LBB13_2:
	movq	%rcx, %rax
	imulq	%rbx, %rax
	movq	%rcx, %r11
	movq	%rbx, %r12
	movq	-16(%rsp), %r10
	imulq	%rdx, %r12
	leaq	(%r9,%rax), %rcx
	leaq	256(%r9,%rax), %rdi
	vmovups	%zmm0, 192(%r9,%rax)
	vmovups	%zmm0, 128(%r9,%rax)
	vmovups	%zmm0, 64(%r9,%rax)
	vmovups	%zmm0, (%r9,%rax)
	movq	%rbx, %rax
	imulq	-24(%rsp), %rax
	cmpq	-32(%rsp), %rcx
	leaq	(%r10,%rax,4), %rbp
	setb	%al
	cmpq	%rdi, %r8
	leaq	28(%r8), %rdi
	setb	%cl
	andb	%al, %cl
	xorl	%eax, %eax
	orb	%r13b, %cl
	jmp	.LBB13_3
	.p2align	4
.LBB13_9:
	movq	%rax, %r10
	imulq	%rsi, %r10
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%r8,%r10,4), %zmm1, %zmm2
	vmulps	64(%r8,%r10,4), %zmm1, %zmm3
	vmulps	128(%r8,%r10,4), %zmm1, %zmm4
	vmulps	192(%r8,%r10,4), %zmm1, %zmm1
	vaddps	(%r9,%r12,4), %zmm2, %zmm2
	vaddps	64(%r9,%r12,4), %zmm3, %zmm3
	vaddps	128(%r9,%r12,4), %zmm4, %zmm4
	vaddps	192(%r9,%r12,4), %zmm1, %zmm1
	vmovups	%zmm2, (%r9,%r12,4)
	vmovups	%zmm3, 64(%r9,%r12,4)
	vmovups	%zmm4, 128(%r9,%r12,4)
	vmovups	%zmm1, 192(%r9,%r12,4)
.LBB13_6:
	incq	%rax
	addq	%r14, %rdi
	cmpq	$192, %rax
	je	.LBB13_7
.LBB13_3:
	vmovss	(%rbp,%rax,4), %xmm1
	testb	%cl, %cl
	je	.LBB13_9
	xorl	%r10d, %r10d
	.p2align	4
.LBB13_5:
	vmulss	-28(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-28(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r15,%r10,4)
	vmulss	-24(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-24(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r15,%r10,4)
	vmulss	-20(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-20(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r15,%r10,4)
	vmulss	-16(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-16(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r15,%r10,4)
	vmulss	-12(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-12(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r15,%r10,4)
	vmulss	-8(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-8(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r15,%r10,4)
	vmulss	-4(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-4(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r15,%r10,4)
	vmulss	(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r15,%r10,4)
	addq	$8, %r10
	cmpq	$64, %r10
	jne	.LBB13_5
	jmp	.LBB13_6
.LBB13_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end13:
	.size	_mlir_ciface_k23, .Lfunc_end13-_mlir_ciface_k23

	.globl	k24
	.p2align	4
	.type	k24,@function
k24:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	144(%rsp), %rdi
	movq	%r9, -8(%rsp)
	testq	%rdi, %rdi
	jle	.LBB14_6
	movq	160(%rsp), %rax
	movq	128(%rsp), %rdx
	leaq	-1(%rdi), %rcx
	movq	104(%rsp), %r12
	movq	72(%rsp), %r8
	movq	%rax, %r10
	imulq	%rcx, %r10
	leaq	60(%r8), %r15
	leaq	60(%rdx), %r13
	leaq	256(%rdx,%r10,4), %r11
	leaq	(,%rax,4), %r10
	movq	-8(%rsp), %rax
	movq	%rax, %rbx
	imulq	%rcx, %rbx
	imulq	%r12, %rcx
	movq	%rax, %r14
	leaq	(,%rax,4), %r9
	leaq	256(%rsi,%rbx,4), %rbx
	leaq	256(%r8,%rcx,4), %rcx
	cmpq	%rbx, %rdx
	setb	%bl
	cmpq	%r11, %rsi
	setb	%bpl
	andb	%bl, %bpl
	testq	%r10, %r10
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%rcx, %rdx
	setb	%cl
	cmpq	%r11, %r8
	movq	%r12, %r11
	leaq	(,%r12,4), %r12
	setb	%bpl
	shrq	$61, %r11
	xorl	%eax, %eax
	andl	$1, %r11d
	andb	%cl, %bpl
	orb	%bl, %r11b
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rsi), %r14
	jmp	.LBB14_2
	.p2align	4
.LBB14_7:
	movq	%rax, %rcx
	imulq	-8(%rsp), %rcx
	movq	%rax, %rbp
	imulq	104(%rsp), %rbp
	movq	%r10, %rbx
	movq	%rdi, %r10
	movq	%rax, %rdi
	imulq	160(%rsp), %rdi
	vmovups	(%rsi,%rcx,4), %zmm0
	vmovups	64(%rsi,%rcx,4), %zmm1
	vmovups	128(%rsi,%rcx,4), %zmm2
	vmovups	192(%rsi,%rcx,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%rdx,%rdi,4)
	vmovups	%zmm1, 64(%rdx,%rdi,4)
	vmovups	%zmm2, 128(%rdx,%rdi,4)
	vmovups	%zmm3, 192(%rdx,%rdi,4)
	movq	%r10, %rdi
	movq	%rbx, %r10
.LBB14_5:
	incq	%rax
	addq	%r9, %r14
	addq	%r12, %r15
	addq	%r10, %r13
	cmpq	%rdi, %rax
	je	.LBB14_6
.LBB14_2:
	testb	%r11b, %r11b
	je	.LBB14_7
	xorl	%ecx, %ecx
	.p2align	4
.LBB14_4:
	vmovss	-60(%r14,%rcx,4), %xmm0
	vaddss	-60(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%rcx,4)
	vmovss	-56(%r14,%rcx,4), %xmm0
	vaddss	-56(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%rcx,4)
	vmovss	-52(%r14,%rcx,4), %xmm0
	vaddss	-52(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%rcx,4)
	vmovss	-48(%r14,%rcx,4), %xmm0
	vaddss	-48(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%rcx,4)
	vmovss	-44(%r14,%rcx,4), %xmm0
	vaddss	-44(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%rcx,4)
	vmovss	-40(%r14,%rcx,4), %xmm0
	vaddss	-40(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%rcx,4)
	vmovss	-36(%r14,%rcx,4), %xmm0
	vaddss	-36(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%rcx,4)
	vmovss	-32(%r14,%rcx,4), %xmm0
	vaddss	-32(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%rcx,4)
	vmovss	-28(%r14,%rcx,4), %xmm0
	vaddss	-28(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%rcx,4)
	vmovss	-24(%r14,%rcx,4), %xmm0
	vaddss	-24(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%rcx,4)
	vmovss	-20(%r14,%rcx,4), %xmm0
	vaddss	-20(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%rcx,4)
	vmovss	-16(%r14,%rcx,4), %xmm0
	vaddss	-16(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%rcx,4)
	vmovss	-12(%r14,%rcx,4), %xmm0
	vaddss	-12(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%rcx,4)
	vmovss	-8(%r14,%rcx,4), %xmm0
	vaddss	-8(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%rcx,4)
	vmovss	-4(%r14,%rcx,4), %xmm0
	vaddss	-4(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%rcx,4)
	vmovss	(%r14,%rcx,4), %xmm0
	vaddss	(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%rcx,4)
	addq	$16, %rcx
	cmpq	$64, %rcx
	jne	.LBB14_4
	jmp	.LBB14_5
.LBB14_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end14:
	.size	k24, .Lfunc_end14-k24

	.globl	_mlir_ciface_k24
	.p2align	4
	.type	_mlir_ciface_k24,@function
_mlir_ciface_k24:
	movq	24(%rdx), %rax
	testq	%rax, %rax
	jle	.LBB15_7
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	8(%rdi), %rcx
	movq	40(%rdi), %rdi
	movq	8(%rdx), %r9
	movq	40(%rdx), %rdx
	leaq	-1(%rax), %r10
	movq	40(%rsi), %r13
	movq	8(%rsi), %r8
	movq	%rdi, %rbx
	imulq	%r10, %rbx
	movq	%rdx, %r11
	imulq	%r10, %r11
	imulq	%r13, %r10
	movq	%rdx, -8(%rsp)
	leaq	(,%rdx,4), %rdx
	movq	%rdi, %r14
	leaq	(,%r13,4), %r12
	leaq	60(%r8), %r15
	movq	%r13, -24(%rsp)
	movq	%rdi, -16(%rsp)
	leaq	256(%rcx,%rbx,4), %rbx
	leaq	256(%r9,%r11,4), %r11
	leaq	256(%r8,%r10,4), %r10
	cmpq	%rbx, %r9
	setb	%bl
	cmpq	%r11, %rcx
	setb	%bpl
	andb	%bl, %bpl
	testq	%rdx, %rdx
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%r10, %r9
	setb	%r10b
	cmpq	%r11, %r8
	movq	%r13, %r11
	leaq	60(%r9), %r13
	setb	%bpl
	shrq	$61, %r11
	andl	$1, %r11d
	andb	%r10b, %bpl
	orb	%bl, %r11b
	leaq	(,%rdi,4), %rbx
	xorl	%edi, %edi
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rcx), %r14
	jmp	.LBB15_2
	.p2align	4
.LBB15_8:
	movq	%rdi, %r10
	imulq	-16(%rsp), %r10
	movq	%rdi, %rbp
	imulq	-24(%rsp), %rbp
	movq	%rbx, %rsi
	movq	%rdx, %rbx
	movq	%rdi, %rdx
	imulq	-8(%rsp), %rdx
	vmovups	(%rcx,%r10,4), %zmm0
	vmovups	64(%rcx,%r10,4), %zmm1
	vmovups	128(%rcx,%r10,4), %zmm2
	vmovups	192(%rcx,%r10,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%r9,%rdx,4)
	vmovups	%zmm1, 64(%r9,%rdx,4)
	vmovups	%zmm2, 128(%r9,%rdx,4)
	vmovups	%zmm3, 192(%r9,%rdx,4)
	movq	%rbx, %rdx
	movq	%rsi, %rbx
.LBB15_5:
	incq	%rdi
	addq	%rbx, %r14
	addq	%r12, %r15
	addq	%rdx, %r13
	cmpq	%rax, %rdi
	je	.LBB15_6
.LBB15_2:
	testb	%r11b, %r11b
	je	.LBB15_8
	xorl	%r10d, %r10d
	.p2align	4
.LBB15_4:
	vmovss	-60(%r14,%r10,4), %xmm0
	vaddss	-60(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%r10,4)
	vmovss	-56(%r14,%r10,4), %xmm0
	vaddss	-56(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%r10,4)
	vmovss	-52(%r14,%r10,4), %xmm0
	vaddss	-52(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%r10,4)
	vmovss	-48(%r14,%r10,4), %xmm0
	vaddss	-48(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%r10,4)
	vmovss	-44(%r14,%r10,4), %xmm0
	vaddss	-44(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%r10,4)
	vmovss	-40(%r14,%r10,4), %xmm0
	vaddss	-40(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%r10,4)
	vmovss	-36(%r14,%r10,4), %xmm0
	vaddss	-36(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%r10,4)
	vmovss	-32(%r14,%r10,4), %xmm0
	vaddss	-32(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%r10,4)
	vmovss	-28(%r14,%r10,4), %xmm0
	vaddss	-28(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%r10,4)
	vmovss	-24(%r14,%r10,4), %xmm0
	vaddss	-24(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%r10,4)
	vmovss	-20(%r14,%r10,4), %xmm0
	vaddss	-20(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%r10,4)
	vmovss	-16(%r14,%r10,4), %xmm0
	vaddss	-16(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%r10,4)
	vmovss	-12(%r14,%r10,4), %xmm0
	vaddss	-12(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%r10,4)
	vmovss	-8(%r14,%r10,4), %xmm0
	vaddss	-8(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%r10,4)
	vmovss	-4(%r14,%r10,4), %xmm0
	vaddss	-4(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%r10,4)
	vmovss	(%r14,%r10,4), %xmm0
	vaddss	(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%r10,4)
	addq	$16, %r10
	cmpq	$64, %r10
	jne	.LBB15_4
	jmp	.LBB15_5
.LBB15_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
.LBB15_7:
	vzeroupper
	retq
.Lfunc_end15:
	.size	_mlir_ciface_k24, .Lfunc_end15-_mlir_ciface_k24

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI16_0:
	.long	0x3c800000
.LCPI16_1:
	.long	0x3727c5ac
.LCPI16_2:
	.long	0x3f800000
	.text
	.globl	k28
	.p2align	4
	.type	k28,@function
k28:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$72, %rsp
	movq	%r9, 16(%rsp)
	movq	%rsi, %r14
	movq	344(%rsp), %rax
	movq	%rax, 56(%rsp)
	movq	256(%rsp), %rax
	movq	328(%rsp), %r12
	movq	312(%rsp), %r13
	movq	288(%rsp), %rbp
	movq	%rax, 40(%rsp)
	movq	%r12, %rdi
	shlq	$8, %rdi
	movq	232(%rsp), %rax
	movq	%rax, 48(%rsp)
	movq	144(%rsp), %rax
	movq	200(%rsp), %rbx
	movq	176(%rsp), %r15
	movq	%rax, 8(%rsp)
	callq	malloc@PLT
	movq	%rax, 24(%rsp)
	movq	%r12, 64(%rsp)
	testq	%r12, %r12
	jle	.LBB16_19
	movq	16(%rsp), %rdx
	vmovss	.LCPI16_0(%rip), %xmm0
	vmovss	.LCPI16_1(%rip), %xmm1
	vmovss	.LCPI16_2(%rip), %xmm2
	leaq	(,%r15,4), %r8
	movq	%r15, %rdi
	leaq	28(%r14), %rcx
	shlq	$5, %rdi
	xorl	%r9d, %r9d
	leaq	(%r8,%r8), %r10
	leaq	(,%rdx,4), %rax
	movq	%rax, 32(%rsp)
	movq	24(%rsp), %rax
	leaq	28(%rax), %rsi
	movq	%rdx, %rax
	jmp	.LBB16_2
	.p2align	4
.LBB16_5:
	leaq	(%r14,%r11,4), %r11
	movq	8(%rsp), %rdx
	vbroadcastss	%xmm3, %zmm3
	movq	%r9, %rax
	shlq	$8, %rax
	vmulps	(%r11), %zmm3, %zmm4
	vmulps	64(%r11), %zmm3, %zmm5
	vmulps	128(%r11), %zmm3, %zmm6
	vmulps	192(%r11), %zmm3, %zmm3
	vmulps	(%rdx), %zmm4, %zmm4
	vmulps	64(%rdx), %zmm5, %zmm5
	vmulps	128(%rdx), %zmm6, %zmm6
	vmulps	192(%rdx), %zmm3, %zmm3
	movq	24(%rsp), %rdx
	vmovups	%zmm4, (%rdx,%rax)
	vmovups	%zmm5, 64(%rdx,%rax)
	vmovups	%zmm6, 128(%rdx,%rax)
	vmovups	%zmm3, 192(%rdx,%rax)
.LBB16_6:
	addq	32(%rsp), %rcx
	movq	16(%rsp), %rax
	incq	%r9
	addq	$256, %rsi
	cmpq	64(%rsp), %r9
	je	.LBB16_7
.LBB16_2:
	movq	%r9, %r11
	imulq	%rax, %r11
	vmovss	(%r14,%r11,4), %xmm3
	vmovss	4(%r14,%r11,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	192(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	196(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	200(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	204(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	208(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	212(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	216(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	220(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	224(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	228(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	232(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	236(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	240(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	244(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	248(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	252(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmulss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %r15
	je	.LBB16_5
	movq	8(%rsp), %r11
	xorl	%eax, %eax
	.p2align	4
.LBB16_4:
	vmulss	-28(%rcx,%rax,4), %xmm3, %xmm4
	leaq	(%r11,%r8), %r12
	addq	%r8, %r12
	vmulss	(%r11), %xmm4, %xmm4
	vmovss	%xmm4, -28(%rsi,%rax,4)
	vmulss	-24(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r11,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%rsi,%rax,4)
	vmulss	-20(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r11,%r15,8), %xmm4, %xmm4
	addq	%rdi, %r11
	vmovss	%xmm4, -20(%rsi,%rax,4)
	vmulss	-16(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -16(%rsi,%rax,4)
	vmulss	-12(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,8), %xmm4, %xmm4
	addq	%r10, %r12
	leaq	(%r12,%r15,4), %rdx
	vmovss	%xmm4, -12(%rsi,%rax,4)
	vmulss	-8(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -8(%rsi,%rax,4)
	vmulss	-4(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r8,%rdx), %xmm4, %xmm4
	addq	%r8, %rdx
	vmovss	%xmm4, -4(%rsi,%rax,4)
	vmulss	(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r8,%rdx), %xmm4, %xmm4
	vmovss	%xmm4, (%rsi,%rax,4)
	addq	$8, %rax
	cmpq	$64, %rax
	jne	.LBB16_4
	jmp	.LBB16_6
.LBB16_7:
	movq	56(%rsp), %rax
	movq	48(%rsp), %rcx
	leaq	(,%rbp,4), %r8
	movq	%rbp, %rdi
	shlq	$6, %rdi
	xorl	%esi, %esi
	movq	%r13, %r14
	leaq	(,%rax,4), %rdx
	imulq	$252, %rcx, %rax
	leaq	(,%rcx,4), %r9
	leaq	768(%rbx,%rax), %rax
	movq	%rax, 8(%rsp)
	movq	%r13, %rax
	subq	40(%rsp), %rax
	movq	%rax, 32(%rsp)
	leaq	(%r8,%r8), %rax
	movq	%rdx, 16(%rsp)
	jmp	.LBB16_8
	.p2align	4
.LBB16_18:
	movq	16(%rsp), %rdx
	incq	%rsi
	addq	%rdx, %r14
	cmpq	64(%rsp), %rsi
	je	.LBB16_19
.LBB16_8:
	movq	%rsi, %r15
	imulq	56(%rsp), %r15
	movq	%rdx, %rcx
	imulq	%rsi, %rcx
	cmpq	$1, %rbp
	jne	.LBB16_10
	movq	32(%rsp), %rdx
	addq	%rcx, %rdx
	cmpq	$255, %rdx
	jbe	.LBB16_10
	movq	40(%rsp), %rdx
	vmovups	(%rdx), %zmm0
	vmovups	64(%rdx), %zmm1
	vmovups	128(%rdx), %zmm2
	vmovups	192(%rdx), %zmm3
	vmovups	%zmm0, (%r13,%r15,4)
	vmovups	%zmm1, 64(%r13,%r15,4)
	vmovups	%zmm2, 128(%r13,%r15,4)
	vmovups	%zmm3, 192(%r13,%r15,4)
	vmovups	256(%rdx), %zmm0
	vmovups	320(%rdx), %zmm1
	vmovups	384(%rdx), %zmm2
	vmovups	448(%rdx), %zmm3
	vmovups	%zmm0, 256(%r13,%r15,4)
	vmovups	%zmm1, 320(%r13,%r15,4)
	vmovups	%zmm2, 384(%r13,%r15,4)
	vmovups	%zmm3, 448(%r13,%r15,4)
	vmovups	512(%rdx), %zmm0
	vmovups	576(%rdx), %zmm1
	vmovups	640(%rdx), %zmm2
	vmovups	704(%rdx), %zmm3
	vmovups	%zmm0, 512(%r13,%r15,4)
	vmovups	%zmm1, 576(%r13,%r15,4)
	vmovups	%zmm2, 640(%r13,%r15,4)
	vmovups	%zmm3, 704(%r13,%r15,4)
	jmp	.LBB16_13
	.p2align	4
.LBB16_10:
	movq	40(%rsp), %r10
	movl	$15, %edx
	.p2align	4
.LBB16_11:
	vmovss	(%r10), %xmm0
	leaq	(%r10,%r8), %r12
	addq	%r8, %r12
	vmovss	%xmm0, -60(%r14,%rdx,4)
	vmovss	(%r10,%rbp,4), %xmm0
	vmovss	%xmm0, -56(%r14,%rdx,4)
	vmovss	(%r10,%rbp,8), %xmm0
	addq	%rdi, %r10
	vmovss	%xmm0, -52(%r14,%rdx,4)
	vmovss	(%r12,%rbp,4), %xmm0
	vmovss	%xmm0, -48(%r14,%rdx,4)
	vmovss	(%r12,%rbp,8), %xmm0
	addq	%rax, %r12
	leaq	(%r12,%rbp,4), %r11
	vmovss	%xmm0, -44(%r14,%rdx,4)
	vmovss	(%r12,%rbp,4), %xmm0
	vmovss	%xmm0, -40(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -36(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -32(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -28(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -24(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -20(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -16(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -12(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -8(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -4(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	vmovss	%xmm0, (%r14,%rdx,4)
	addq	$16, %rdx
	cmpq	$207, %rdx
	jne	.LBB16_11
.LBB16_13:
	movq	48(%rsp), %r11
	movq	%rsi, %r10
	shlq	$8, %r10
	leaq	(%r13,%rcx), %rdx
	addq	24(%rsp), %r10
	leaq	768(%r13,%rcx), %rcx
	movq	%rbx, %r12
	shrq	$61, %r11
	andl	$1, %r11d
	cmpq	8(%rsp), %rdx
	setb	%dl
	cmpq	%rcx, %rbx
	setb	%cl
	andb	%dl, %cl
	xorl	%edx, %edx
	orb	%r11b, %cl
	jmp	.LBB16_14
	.p2align	4
.LBB16_20:
	movq	%rdx, %r11
	imulq	48(%rsp), %r11
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	64(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	128(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	192(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	(%r13,%r15,4), %zmm1, %zmm1
	vaddps	64(%r13,%r15,4), %zmm2, %zmm2
	vaddps	128(%r13,%r15,4), %zmm3, %zmm3
	vaddps	192(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, (%r13,%r15,4)
	vmovups	%zmm2, 64(%r13,%r15,4)
	vmovups	%zmm3, 128(%r13,%r15,4)
	vmovups	%zmm4, 192(%r13,%r15,4)
	vmulps	256(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	320(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	384(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	448(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	256(%r13,%r15,4), %zmm1, %zmm1
	vaddps	320(%r13,%r15,4), %zmm2, %zmm2
	vaddps	384(%r13,%r15,4), %zmm3, %zmm3
	vaddps	448(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, 256(%r13,%r15,4)
	vmovups	%zmm2, 320(%r13,%r15,4)
	vmovups	%zmm3, 384(%r13,%r15,4)
	vmovups	%zmm4, 448(%r13,%r15,4)
	vmulps	512(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	576(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	640(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	704(%rbx,%r11,4), %zmm0, %zmm0
	vaddps	512(%r13,%r15,4), %zmm1, %zmm1
	vaddps	576(%r13,%r15,4), %zmm2, %zmm2
	vaddps	640(%r13,%r15,4), %zmm3, %zmm3
	vaddps	704(%r13,%r15,4), %zmm0, %zmm0
	vmovups	%zmm1, 512(%r13,%r15,4)
	vmovups	%zmm2, 576(%r13,%r15,4)
	vmovups	%zmm3, 640(%r13,%r15,4)
	vmovups	%zmm0, 704(%r13,%r15,4)
.LBB16_17:
	incq	%rdx
	addq	%r9, %r12
	cmpq	$64, %rdx
	je	.LBB16_18
.LBB16_14:
	vmovss	(%r10,%rdx,4), %xmm0
	testb	%cl, %cl
	je	.LBB16_20
	movl	$11, %r11d
	.p2align	4
.LBB16_16:
	vmulss	-44(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-44(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%r14,%r11,4)
	vmulss	-40(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-40(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%r14,%r11,4)
	vmulss	-36(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-36(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%r14,%r11,4)
	vmulss	-32(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-32(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%r14,%r11,4)
	vmulss	-28(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-28(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r14,%r11,4)
	vmulss	-24(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-24(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r14,%r11,4)
	vmulss	-20(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-20(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r14,%r11,4)
	vmulss	-16(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-16(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r14,%r11,4)
	vmulss	-12(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-12(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r14,%r11,4)
	vmulss	-8(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-8(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r14,%r11,4)
	vmulss	-4(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-4(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r14,%r11,4)
	vmulss	(%r12,%r11,4), %xmm0, %xmm1
	vaddss	(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r14,%r11,4)
	addq	$12, %r11
	cmpq	$203, %r11
	jne	.LBB16_16
	jmp	.LBB16_17
.LBB16_19:
	movq	24(%rsp), %rdi
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end16:
	.size	k28, .Lfunc_end16-k28

	.globl	_mlir_ciface_k28
	.p2align	4
	.type	_mlir_ciface_k28,@function
_mlir_ciface_k28:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k28@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end17:
	.size	_mlir_ciface_k28, .Lfunc_end17-_mlir_ciface_k28

	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI18_0:
	.zero	8
	.zero	8
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
.LCPI18_1:
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
	.zero	8
	.zero	8
.LCPI18_2:
	.zero	8
	.zero	8
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
.LCPI18_3:
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
	.zero	8
	.zero	8
.LCPI18_4:
	.zero	8
	.zero	8
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
.LCPI18_5:
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
	.zero	8
	.zero	8
.LCPI18_6:
	.zero	8
	.zero	8
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
.LCPI18_7:
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
	.zero	8
	.zero	8
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI18_8:
	.quad	0
	.quad	4
	.quad	8
	.quad	12
.LCPI18_9:
	.quad	1
	.quad	5
	.quad	9
	.quad	13
.LCPI18_10:
	.quad	2
	.quad	6
	.quad	10
	.quad	14
.LCPI18_11:
	.quad	3
	.quad	7
	.quad	11
	.quad	15
	.text
	.globl	k35
	.p2align	4
	.type	k35,@function
k35:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$248, %rsp
	movq	%r9, 64(%rsp)
	movq	%rsi, %r13
	movq	688(%rsp), %rax
	movq	%rax, 208(%rsp)
	movq	656(%rsp), %rax
	movq	672(%rsp), %rbx
	movq	%rax, 200(%rsp)
	movq	%rbx, %r14
	shlq	$8, %r14
	movq	632(%rsp), %rax
	movq	%r14, %rdi
	movq	%rax, 240(%rsp)
	movq	600(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	576(%rsp), %rax
	movq	%rax, 104(%rsp)
	movq	520(%rsp), %rax
	movq	544(%rsp), %rbp
	movq	%rax, 136(%rsp)
	movq	488(%rsp), %rax
	movq	%rax, 128(%rsp)
	movq	464(%rsp), %rax
	movq	%rax, 224(%rsp)
	movq	432(%rsp), %rax
	movq	%rax, 216(%rsp)
	movq	408(%rsp), %rax
	movq	%rax, 88(%rsp)
	movq	376(%rsp), %rax
	movq	%rax, 80(%rsp)
	movq	352(%rsp), %r15
	movq	320(%rsp), %r12
	callq	malloc@PLT
	movq	%r14, %rdi
	movq	%rax, 40(%rsp)
	callq	malloc@PLT
	movq	%rax, 96(%rsp)
	movq	%rbx, 48(%rsp)
	testq	%rbx, %rbx
	jle	.LBB18_14
	movq	40(%rsp), %rax
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edx, %edx
	movq	%rax, 32(%rsp)
	movq	96(%rsp), %rax
	movq	%rax, 8(%rsp)
	jmp	.LBB18_2
	.p2align	4
.LBB18_13:
	movq	72(%rsp), %rdx
	addq	$256, 8(%rsp)
	addq	$256, 32(%rsp)
	incq	%rdx
	cmpq	48(%rsp), %rdx
	je	.LBB18_14
.LBB18_2:
	movl	$2, %eax
	movq	64(%rsp), %r9
	movl	$0, %ecx
	subq	%rdx, %rax
	movq	%rax, %rdi
	cmovbq	%rcx, %rdi
	leaq	1(%rdi), %rsi
	movq	%rdi, %r8
	subq	%rax, %r8
	subq	%rax, %rsi
	leaq	(%rdx,%rdi), %rax
	imulq	%r9, %rsi
	imulq	%r9, %r8
	imulq	%r9, %rax
	movq	%rsi, 24(%rsp)
	movq	%rdx, 72(%rsp)
	xorl	%esi, %esi
	movq	%rax, 16(%rsp)
	jmp	.LBB18_3
	.p2align	4
.LBB18_12:
	movq	88(%rsp), %rdx
	movq	80(%rsp), %r9
	imulq	%rdx, %rcx
	imulq	%rdx, %rax
	imulq	%rdx, %r11
	vaddss	(%r9,%rcx,4), %xmm2, %xmm2
	vaddss	(%r9,%rax,4), %xmm3, %xmm3
	vaddss	(%r9,%r11,4), %xmm1, %xmm1
	movq	8(%rsp), %rcx
	movq	32(%rsp), %rax
	vmulss	%xmm3, %xmm2, %xmm2
	vmovss	%xmm1, (%rcx,%rsi,4)
	vmovss	%xmm2, (%rax,%rsi,4)
	incq	%rsi
	cmpq	$64, %rsi
	je	.LBB18_13
.LBB18_3:
	movq	%rsi, %rcx
	andq	$-8, %rcx
	movl	%esi, %eax
	andl	$7, %eax
	leaq	1(%rdi), %r9
	leaq	(%rcx,%rcx,2), %rdx
	leaq	(%rdx,%rax), %r11
	movq	%r11, %rcx
	imulq	%r15, %rcx
	leaq	(%r13,%r11,4), %rbx
	leaq	(%r12,%rcx,4), %rcx
	vmovss	(%rcx,%rdi,4), %xmm1
	vmulss	(%rbx,%r8,4), %xmm1, %xmm1
	vaddss	%xmm0, %xmm1, %xmm1
	cmpq	$3, %r9
	je	.LBB18_6
	movq	24(%rsp), %r9
	vmovss	4(%rcx,%rdi,4), %xmm2
	vmulss	(%rbx,%r9,4), %xmm2, %xmm2
	leaq	2(%rdi), %r9
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$3, %r9
	je	.LBB18_6
	vmovss	8(%rcx,%rdi,4), %xmm2
	movq	16(%rsp), %rcx
	vmulss	(%rbx,%rcx,4), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
.LBB18_6:
	leaq	8(%rdx,%rax), %rcx
	leaq	(%rdx,%rax), %rbx
	movq	%r13, %r10
	leaq	1(%rdi), %r14
	leaq	32(%r13,%rbx,4), %r13
	movq	%rcx, %r9
	imulq	%r15, %r9
	leaq	(%r12,%r9,4), %r9
	vmovss	(%r9,%rdi,4), %xmm2
	vmulss	(%r13,%r8,4), %xmm2, %xmm2
	vaddss	%xmm0, %xmm2, %xmm2
	cmpq	$3, %r14
	je	.LBB18_9
	movq	24(%rsp), %r14
	vmovss	4(%r9,%rdi,4), %xmm3
	vmulss	(%r13,%r14,4), %xmm3, %xmm3
	leaq	2(%rdi), %r14
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$3, %r14
	je	.LBB18_9
	vmovss	8(%r9,%rdi,4), %xmm3
	movq	16(%rsp), %r9
	vmulss	(%r13,%r9,4), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
.LBB18_9:
	leaq	16(%rdx,%rax), %rax
	leaq	64(%r10,%rbx,4), %r9
	movq	%r10, %r13
	leaq	1(%rdi), %r10
	movq	%rax, %rdx
	imulq	%r15, %rdx
	leaq	(%r12,%rdx,4), %rdx
	vmovss	(%rdx,%rdi,4), %xmm3
	vmulss	(%r9,%r8,4), %xmm3, %xmm3
	vaddss	%xmm0, %xmm3, %xmm3
	cmpq	$3, %r10
	je	.LBB18_12
	movq	24(%rsp), %r10
	vmovss	4(%rdx,%rdi,4), %xmm4
	vmulss	(%r9,%r10,4), %xmm4, %xmm4
	leaq	2(%rdi), %r10
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$3, %r10
	je	.LBB18_12
	vmovss	8(%rdx,%rdi,4), %xmm4
	movq	16(%rsp), %rdx
	vmulss	(%r9,%rdx,4), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	jmp	.LBB18_12
.LBB18_14:
	movl	$1, %edi
	movl	$2048, %esi
	movl	$1, %ebx
	callq	calloc@PLT
	movl	$1, %edi
	movl	$2048, %esi
	movq	%rax, %r15
	callq	calloc@PLT
	movq	48(%rsp), %rdi
	movq	104(%rsp), %r8
	movq	%rax, %r12
	leaq	15(%rdi), %r9
	shrq	$4, %r9
	je	.LBB18_42
	movq	128(%rsp), %rax
	vmovapd	.LCPI18_0(%rip), %zmm17
	vmovapd	.LCPI18_1(%rip), %zmm18
	vmovapd	.LCPI18_2(%rip), %zmm19
	vmovapd	.LCPI18_3(%rip), %zmm3
	vmovapd	.LCPI18_4(%rip), %zmm4
	vmovapd	.LCPI18_5(%rip), %zmm5
	vmovapd	.LCPI18_6(%rip), %zmm6
	vmovapd	.LCPI18_7(%rip), %zmm7
	leaq	(,%r8,4), %r11
	leaq	(,%r8,8), %r13
	movq	%r8, %r10
	shlq	$5, %r10
	vxorpd	%xmm8, %xmm8, %xmm8
	addq	$28, %rax
	movq	%rax, 64(%rsp)
	shlq	$2, 136(%rsp)
	movq	40(%rsp), %rax
	movq	%rax, %rcx
	addq	$32, %rcx
	leaq	4(%rax), %r14
	movq	%rcx, 120(%rsp)
	movl	$16, %ecx
	movq	$0, 56(%rsp)
	movq	%rax, 112(%rsp)
	movq	%r9, 168(%rsp)
	movq	%r10, 160(%rsp)
	movq	%r11, 152(%rsp)
	movq	%r13, 144(%rsp)
	jmp	.LBB18_16
	.p2align	4
.LBB18_41:
	movq	56(%rsp), %rdx
	movq	192(%rsp), %rcx
	addq	$4096, 112(%rsp)
	addq	$4096, 120(%rsp)
	addq	$-16, %rbx
	addq	$4096, %r14
	incq	%rdx
	addq	$16, %rcx
	movq	%rdx, 56(%rsp)
	cmpq	%r9, %rdx
	je	.LBB18_42
.LBB18_16:
	cmpq	%rcx, %rdi
	movq	%rcx, %rax
	cmovbq	%rdi, %rax
	movq	%rax, 16(%rsp)
	movq	%rcx, 192(%rsp)
	cmpq	$1, %r8
	jne	.LBB18_17
	vcvtps2pd	(%rbp), %zmm9
	vcvtps2pd	8(%rbp), %zmm11
	vcvtps2pd	4(%rbp), %zmm10
	vcvtps2pd	12(%rbp), %zmm12
	movb	$-52, %al
	kmovd	%eax, %k1
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 192(%r12)
	vmovupd	%zmm16, 128(%r12)
	vmovupd	%zmm15, 64(%r12)
	vmovupd	%zmm14, (%r12)
	vcvtps2pd	32(%rbp), %zmm9
	vcvtps2pd	40(%rbp), %zmm11
	vcvtps2pd	36(%rbp), %zmm10
	vcvtps2pd	44(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 448(%r12)
	vmovupd	%zmm16, 384(%r12)
	vmovupd	%zmm15, 320(%r12)
	vmovupd	%zmm14, 256(%r12)
	vcvtps2pd	64(%rbp), %zmm9
	vcvtps2pd	72(%rbp), %zmm11
	vcvtps2pd	68(%rbp), %zmm10
	vcvtps2pd	76(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 704(%r12)
	vmovupd	%zmm16, 640(%r12)
	vmovupd	%zmm15, 576(%r12)
	vmovupd	%zmm14, 512(%r12)
	vcvtps2pd	96(%rbp), %zmm9
	vcvtps2pd	104(%rbp), %zmm11
	vcvtps2pd	100(%rbp), %zmm10
	vcvtps2pd	108(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 960(%r12)
	vmovupd	%zmm16, 896(%r12)
	vmovupd	%zmm15, 832(%r12)
	vmovupd	%zmm14, 768(%r12)
	vcvtps2pd	128(%rbp), %zmm9
	vcvtps2pd	136(%rbp), %zmm11
	vcvtps2pd	132(%rbp), %zmm10
	vcvtps2pd	140(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1216(%r12)
	vmovupd	%zmm16, 1152(%r12)
	vmovupd	%zmm15, 1088(%r12)
	vmovupd	%zmm14, 1024(%r12)
	vcvtps2pd	160(%rbp), %zmm9
	vcvtps2pd	168(%rbp), %zmm11
	vcvtps2pd	164(%rbp), %zmm10
	vcvtps2pd	172(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1472(%r12)
	vmovupd	%zmm16, 1408(%r12)
	vmovupd	%zmm15, 1344(%r12)
	vmovupd	%zmm14, 1280(%r12)
	vcvtps2pd	192(%rbp), %zmm9
	vcvtps2pd	200(%rbp), %zmm11
	vcvtps2pd	196(%rbp), %zmm10
	vcvtps2pd	204(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1728(%r12)
	vmovupd	%zmm16, 1664(%r12)
	vmovupd	%zmm15, 1600(%r12)
	vmovupd	%zmm14, 1536(%r12)
	vcvtps2pd	224(%rbp), %zmm9
	vcvtps2pd	232(%rbp), %zmm11
	vcvtps2pd	228(%rbp), %zmm10
	vcvtps2pd	236(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1984(%r12)
	vmovupd	%zmm16, 1920(%r12)
	vmovupd	%zmm15, 1856(%r12)
	vmovupd	%zmm14, 1792(%r12)
	jmp	.LBB18_20
	.p2align	4
.LBB18_17:
	movq	%rbp, %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB18_18:
	vcvtps2pd	(%rax), %ymm9
	leaq	(%rax,%r11), %rdx
	leaq	(%r11,%r11), %rsi
	addq	%r11, %rdx
	addq	%rdx, %rsi
	vmovups	%ymm9, (%r12,%rcx)
	vcvtps2pd	(%rax,%r8,4), %ymm9
	vmovups	%ymm9, 32(%r12,%rcx)
	vcvtps2pd	(%rax,%r8,8), %ymm9
	addq	%r10, %rax
	vmovups	%ymm9, 64(%r12,%rcx)
	vcvtps2pd	(%rdx,%r8,4), %ymm9
	vmovups	%ymm9, 96(%r12,%rcx)
	vcvtps2pd	(%rdx,%r8,8), %ymm9
	leaq	(%rsi,%r8,4), %rdx
	vmovups	%ymm9, 128(%r12,%rcx)
	vcvtps2pd	(%rsi,%r8,4), %ymm9
	vmovups	%ymm9, 160(%r12,%rcx)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, 192(%r12,%rcx)
	vcvtps2pd	(%r11,%rdx), %ymm9
	vmovupd	%ymm9, 224(%r12,%rcx)
	addq	$256, %rcx
	cmpq	$2048, %rcx
	jne	.LBB18_18
.LBB18_20:
	movq	56(%rsp), %rcx
	shlq	$4, %rcx
	leaq	16(%rcx), %rax
	movq	%rcx, 8(%rsp)
	cmpq	%rdi, %rax
	cmovaeq	%rdi, %rax
	cmpq	%rax, %rcx
	jge	.LBB18_41
	movq	%r14, 176(%rsp)
	movq	%rbx, 184(%rsp)
	movl	$1, %r9d
	movq	16(%rsp), %rax
	addq	%rbx, %rax
	movq	%rax, 72(%rsp)
	movq	112(%rsp), %r8
	movq	$0, 24(%rsp)
	movq	8(%rsp), %rcx
	jmp	.LBB18_22
	.p2align	4
.LBB18_33:
	movq	80(%rsp), %rcx
	movq	32(%rsp), %r9
	incq	24(%rsp)
	movq	88(%rsp), %r8
	incq	%rcx
	incq	%r9
	addq	$256, %r8
	cmpq	72(%rsp), %r9
	je	.LBB18_34
.LBB18_22:
	movq	%r9, 32(%rsp)
	movq	%rcx, %rax
	movq	%rcx, %rdi
	movl	%r9d, %esi
	andl	$7, %esi
	andq	$-8, %r9
	shlq	$6, %rdi
	subq	8(%rsp), %rax
	movq	%rcx, 80(%rsp)
	imulq	208(%rsp), %rcx
	movq	200(%rsp), %rdx
	movq	128(%rsp), %r14
	movq	%r8, 88(%rsp)
	movq	64(%rsp), %r13
	leaq	(%rdx,%rcx,4), %r11
	movq	%r8, %rcx
	xorl	%edx, %edx
	jmp	.LBB18_23
	.p2align	4
.LBB18_31:
	vcvtss2sd	%xmm9, %xmm9, %xmm9
.LBB18_32:
	movq	%rdx, %r8
	imulq	240(%rsp), %r8
	movq	232(%rsp), %r10
	movq	%rdx, %rbx
	shlq	$5, %rbx
	addq	$4, %rcx
	vmovupd	(%r12,%rbx), %ymm10
	vmovupd	8(%r15,%rbx), %xmm11
	vmovupd	16(%r12,%rbx), %xmm12
	vmovups	(%r10,%r8,4), %xmm13
	movq	%rdx, %r10
	imulq	104(%rsp), %r10
	movb	$9, %r8b
	kmovd	%r8d, %k1
	movq	40(%rsp), %r8
	vmovupd	(%r15,%rbx), %ymm14 {%k1} {z}
	vmovups	(%rbp,%r10,4), %xmm15
	leaq	(%rdx,%rdi), %r10
	vpermpd	$236, %ymm14, %ymm14
	vmovsd	%xmm14, %xmm11, %xmm1
	vmovsd	%xmm11, %xmm14, %xmm2
	vmovsldup	%xmm15, %xmm16
	vmovshdup	%xmm15, %xmm15
	vcvtps2pd	%xmm15, %ymm15
	vcvtps2pd	%xmm16, %ymm16
	vmulpd	%ymm15, %ymm10, %ymm15
	vmulpd	%ymm16, %ymm10, %ymm0
	vshufpd	$5, %ymm15, %ymm15, %ymm15
	vaddsubpd	%ymm15, %ymm0, %ymm0
	vunpcklpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm1, %xmm15, %xmm1
	vunpckhpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm2, %xmm15, %xmm2
	vshufps	$232, %xmm13, %xmm13, %xmm15
	vshufps	$237, %xmm13, %xmm13, %xmm13
	vcvtps2pd	%xmm15, %xmm15
	vcvtps2pd	%xmm13, %xmm13
	vmovupd	%ymm0, (%r12,%rbx)
	vmovss	(%r8,%r10,4), %xmm0
	movq	%rdx, %r8
	imulq	224(%rsp), %r8
	movq	216(%rsp), %rbx
	vsubpd	%xmm2, %xmm1, %xmm1
	vshufpd	$1, %xmm12, %xmm10, %xmm2
	vmovsd	%xmm10, %xmm12, %xmm10
	vmulpd	%xmm2, %xmm14, %xmm2
	vmulpd	%xmm11, %xmm10, %xmm10
	vmulpd	%xmm1, %xmm15, %xmm1
	vaddpd	%xmm2, %xmm10, %xmm2
	vmulss	(%rbx,%r8,4), %xmm0, %xmm0
	movq	96(%rsp), %r8
	vmulpd	%xmm2, %xmm13, %xmm2
	vsubpd	%xmm2, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm8, %xmm2
	vshufpd	$1, %xmm1, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm1, %xmm9, %xmm1
	vcvtsd2ss	%xmm1, %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	(%r8,%r10,4), %xmm0, %xmm0
	movq	136(%rsp), %r8
	addq	%r8, %r13
	addq	%r8, %r14
	vmovss	%xmm0, (%r11,%rdx,4)
	incq	%rdx
	cmpq	$64, %rdx
	je	.LBB18_33
.LBB18_23:
	movabsq	$9223372036854775806, %r8
	vxorpd	%xmm9, %xmm9, %xmm9
	cmpq	%r8, %rax
	ja	.LBB18_32
	cmpq	$7, 24(%rsp)
	jae	.LBB18_26
	vxorpd	%xmm9, %xmm9, %xmm9
	xorl	%ebx, %ebx
	jmp	.LBB18_29
	.p2align	4
.LBB18_26:
	vxorpd	%xmm9, %xmm9, %xmm9
	movq	%rcx, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB18_27:
	vmovss	-28(%r13,%rbx,4), %xmm10
	vmovss	-24(%r13,%rbx,4), %xmm11
	vmulss	(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmulss	-256(%r10), %xmm11, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-20(%r13,%rbx,4), %xmm10
	vmulss	-512(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-16(%r13,%rbx,4), %xmm10
	vmulss	-768(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-12(%r13,%rbx,4), %xmm10
	vmulss	-1024(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-8(%r13,%rbx,4), %xmm10
	vmulss	-1280(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-4(%r13,%rbx,4), %xmm10
	vmulss	-1536(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	(%r13,%rbx,4), %xmm10
	addq	$8, %rbx
	vmulss	-1792(%r10), %xmm10, %xmm10
	addq	$-2048, %r10
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%rbx, %r9
	jne	.LBB18_27
	testb	$7, 32(%rsp)
	je	.LBB18_31
.LBB18_29:
	leaq	(%r14,%rbx,4), %r10
	shlq	$8, %rbx
	movq	%rcx, %r8
	subq	%rbx, %r8
	xorl	%ebx, %ebx
	.p2align	4
.LBB18_30:
	vmovss	(%r10,%rbx,4), %xmm10
	incq	%rbx
	vmulss	(%r8), %xmm10, %xmm10
	addq	$-256, %r8
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%rbx, %rsi
	jne	.LBB18_30
	jmp	.LBB18_31
	.p2align	4
.LBB18_34:
	movq	176(%rsp), %r14
	movq	120(%rsp), %rsi
	movq	48(%rsp), %rdi
	movq	104(%rsp), %r8
	movq	184(%rsp), %rbx
	movq	168(%rsp), %r9
	movq	160(%rsp), %r10
	movq	152(%rsp), %r11
	movq	144(%rsp), %r13
	movq	%r14, %rcx
	jmp	.LBB18_35
	.p2align	4
.LBB18_40:
	movq	8(%rsp), %rax
	addq	$256, %rcx
	addq	$256, %rsi
	incq	%rax
	movq	%rax, 8(%rsp)
	cmpq	16(%rsp), %rax
	je	.LBB18_41
.LBB18_35:
	cmpq	$1, %r8
	jne	.LBB18_36
	xorl	%eax, %eax
	.p2align	4
.LBB18_39:
	vmovupd	(%r15,%rax,8), %zmm13
	vmovupd	128(%r15,%rax,8), %zmm15
	vmovupd	64(%r15,%rax,8), %zmm14
	vmovupd	192(%r15,%rax,8), %zmm16
	vbroadcasti64x4	.LCPI18_8(%rip), %zmm9
	vbroadcasti64x4	.LCPI18_9(%rip), %zmm25
	vcvtps2pd	(%rbp,%rax), %zmm1
	vcvtps2pd	4(%rbp,%rax), %zmm2
	vbroadcasti64x4	.LCPI18_11(%rip), %zmm23
	vbroadcasti64x4	.LCPI18_10(%rip), %zmm24
	vcvtps2pd	-32(%rsi,%rax), %zmm0
	movb	$-52, %dl
	kmovd	%edx, %k1
	vmovapd	%zmm15, %zmm10
	vmovapd	%zmm13, %zmm11
	vpermt2pd	%zmm16, %zmm9, %zmm10
	vpermt2pd	%zmm14, %zmm9, %zmm11
	vmovapd	%zmm13, %zmm12
	vpermt2pd	%zmm14, %zmm25, %zmm12
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm14, %zmm23, %zmm13
	vpermt2pd	%zmm14, %zmm24, %zmm22
	vshuff64x2	$228, %zmm10, %zmm11, %zmm20
	vmovapd	%zmm15, %zmm11
	vpermt2pd	%zmm16, %zmm25, %zmm11
	vmulpd	%zmm1, %zmm20, %zmm14
	vshuff64x2	$228, %zmm11, %zmm12, %zmm21
	vmovapd	%zmm15, %zmm12
	vpermt2pd	%zmm16, %zmm23, %zmm15
	vpermt2pd	%zmm16, %zmm24, %zmm12
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vcvtps2pd	12(%rbp,%rax), %zmm21
	vmulpd	%zmm2, %zmm20, %zmm2
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vcvtps2pd	8(%rbp,%rax), %zmm15
	vshuff64x2	$228, %zmm12, %zmm22, %zmm22
	vsubpd	%zmm16, %zmm14, %zmm14
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm21, %zmm22, %zmm2
	vmulpd	%zmm15, %zmm22, %zmm16
	vmulpd	%zmm15, %zmm13, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm13, %zmm2, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, (%r15,%rax,8)
	vmovupd	%zmm15, 64(%r15,%rax,8)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 128(%r15,%rax,8)
	vmovupd	%zmm20, 192(%r15,%rax,8)
	vcvtps2pd	(%rsi,%rax), %zmm0
	vmovupd	384(%r15,%rax,8), %zmm16
	vmovupd	320(%r15,%rax,8), %zmm13
	vmovupd	256(%r15,%rax,8), %zmm14
	vmovupd	448(%r15,%rax,8), %zmm15
	vcvtps2pd	32(%rbp,%rax), %zmm1
	vcvtps2pd	36(%rbp,%rax), %zmm2
	vmovapd	%zmm16, %zmm20
	vmovapd	%zmm16, %zmm22
	vpermt2pd	%zmm15, %zmm9, %zmm20
	vpermi2pd	%zmm13, %zmm14, %zmm9
	vpermt2pd	%zmm15, %zmm25, %zmm22
	vpermi2pd	%zmm13, %zmm14, %zmm25
	vmovapd	%zmm16, %zmm21
	vpermt2pd	%zmm15, %zmm24, %zmm21
	vpermi2pd	%zmm13, %zmm14, %zmm24
	vpermt2pd	%zmm15, %zmm23, %zmm16
	vpermt2pd	%zmm13, %zmm23, %zmm14
	vshuff64x2	$228, %zmm20, %zmm9, %zmm9
	vshuff64x2	$228, %zmm22, %zmm25, %zmm10
	vshuff64x2	$228, %zmm21, %zmm24, %zmm11
	vshuff64x2	$228, %zmm16, %zmm14, %zmm12
	vmulpd	%zmm1, %zmm9, %zmm13
	vmulpd	%zmm2, %zmm10, %zmm15
	vmulpd	%zmm2, %zmm9, %zmm2
	vcvtps2pd	40(%rbp,%rax), %zmm9
	vmulpd	%zmm1, %zmm10, %zmm1
	vsubpd	%zmm15, %zmm13, %zmm13
	vcvtps2pd	44(%rbp,%rax), %zmm15
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm9, %zmm11, %zmm10
	vmulpd	%zmm9, %zmm12, %zmm9
	vmulpd	%zmm15, %zmm12, %zmm14
	vmulpd	%zmm15, %zmm11, %zmm2
	vsubpd	%zmm14, %zmm10, %zmm10
	vaddpd	%zmm9, %zmm2, %zmm2
	vaddpd	%zmm0, %zmm13, %zmm9
	vaddpd	%zmm0, %zmm10, %zmm0
	vmovapd	%zmm9, %zmm12
	vpermt2pd	%zmm1, %zmm18, %zmm12
	vmovapd	%zmm9, %zmm11
	vpermt2pd	%zmm1, %zmm3, %zmm11
	vmovapd	%zmm0, %zmm13
	vpermt2pd	%zmm2, %zmm17, %zmm13
	vmovapd	%zmm0, %zmm10
	vmovapd	%zmm0, %zmm14
	vpermt2pd	%zmm2, %zmm19, %zmm10
	vpermt2pd	%zmm2, %zmm6, %zmm14
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm13, %zmm12 {%k1}
	vmovapd	%zmm9, %zmm13
	vpermt2pd	%zmm1, %zmm7, %zmm13
	vpermt2pd	%zmm1, %zmm5, %zmm9
	vmovapd	%zmm10, %zmm11 {%k1}
	vmovupd	%zmm12, 256(%r15,%rax,8)
	vmovupd	%zmm11, 320(%r15,%rax,8)
	vmovapd	%zmm14, %zmm13 {%k1}
	vmovapd	%zmm0, %zmm9 {%k1}
	vmovupd	%zmm9, 384(%r15,%rax,8)
	vmovupd	%zmm13, 448(%r15,%rax,8)
	addq	$64, %rax
	cmpq	$256, %rax
	jne	.LBB18_39
	jmp	.LBB18_40
	.p2align	4
.LBB18_36:
	leaq	12(%rbp), %rax
	xorl	%edx, %edx
	.p2align	4
.LBB18_37:
	vmovss	-4(%rcx,%rdx), %xmm0
	vmovss	-12(%rax), %xmm1
	vmovss	-8(%rax), %xmm2
	vmovsd	(%r15,%rdx,8), %xmm9
	vmovsd	8(%r15,%rdx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, (%r15,%rdx,8)
	vmovsd	%xmm1, 8(%r15,%rdx,8)
	vmovss	-4(%rax), %xmm1
	vmovss	(%rax), %xmm2
	vmovsd	16(%r15,%rdx,8), %xmm9
	vmovsd	24(%r15,%rdx,8), %xmm10
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 16(%r15,%rdx,8)
	vmovss	(%rcx,%rdx), %xmm0
	vmovsd	%xmm1, 24(%r15,%rdx,8)
	vmovss	-12(%rax,%r11), %xmm1
	vmovss	-8(%rax,%r11), %xmm2
	vmovsd	32(%r15,%rdx,8), %xmm9
	vmovsd	40(%r15,%rdx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, 32(%r15,%rdx,8)
	vmovsd	%xmm1, 40(%r15,%rdx,8)
	vmovss	-4(%rax,%r11), %xmm1
	vmovss	(%rax,%r11), %xmm2
	vmovsd	48(%r15,%rdx,8), %xmm9
	vmovsd	56(%r15,%rdx,8), %xmm10
	addq	%r13, %rax
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 48(%r15,%rdx,8)
	vmovsd	%xmm1, 56(%r15,%rdx,8)
	addq	$8, %rdx
	cmpq	$256, %rdx
	jne	.LBB18_37
	jmp	.LBB18_40
.LBB18_42:
	movq	40(%rsp), %rdi
	vzeroupper
	callq	free@PLT
	movq	96(%rsp), %rdi
	callq	free@PLT
	movq	%r15, %rdi
	callq	free@PLT
	movq	%r12, %rdi
	addq	$248, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end18:
	.size	k35, .Lfunc_end18-k35

	.globl	_mlir_ciface_k35
	.p2align	4
	.type	_mlir_ciface_k35,@function
_mlir_ciface_k35:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$424, %rsp
	movq	%r9, %rax
	movq	8(%rdi), %r9
	movq	40(%rdi), %rdi
	movq	%rsi, %r10
	movq	480(%rsp), %rbx
	movq	488(%rsp), %r11
	movq	40(%rcx), %rsi
	movq	8(%rcx), %r15
	movq	8(%r8), %r12
	movq	8(%rdx), %r14
	movq	40(%r8), %r8
	movq	8(%rax), %r13
	movq	%r9, 416(%rsp)
	movq	8(%r10), %r9
	movq	%rdi, 408(%rsp)
	movq	40(%rdx), %rdi
	movq	40(%rax), %rdx
	movq	8(%rbx), %rbp
	movq	40(%r10), %r10
	movq	40(%rbx), %rbx
	movq	8(%r11), %rcx
	movq	24(%r11), %rax
	movq	40(%r11), %r11
	movq	%rsi, 160(%rsp)
	movq	%r13, 240(%rsp)
	movq	%r8, 216(%rsp)
	movq	%r12, 184(%rsp)
	movq	%r15, 128(%rsp)
	movq	%r14, 72(%rsp)
	movq	416(%rsp), %rsi
	movq	%r9, 16(%rsp)
	movq	408(%rsp), %r9
	movq	%r11, 384(%rsp)
	movq	%rax, 368(%rsp)
	movq	%rcx, 352(%rsp)
	movq	%rbx, 328(%rsp)
	movq	%rbp, 296(%rsp)
	movq	%rdx, 272(%rsp)
	movq	%rdi, 104(%rsp)
	movq	%r10, 48(%rsp)
	callq	k35@PLT
	addq	$424, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
.Lfunc_end19:
	.size	_mlir_ciface_k35, .Lfunc_end19-_mlir_ciface_k35

	.globl	k38
	.p2align	4
	.type	k38,@function
k38:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	cmpq	$0, 200(%rsp)
	movq	%r9, -16(%rsp)
	movq	%rsi, -24(%rsp)
	jle	.LBB20_13
	movq	216(%rsp), %rax
	movq	104(%rsp), %rcx
	movq	184(%rsp), %rdx
	movq	72(%rsp), %r11
	movq	160(%rsp), %rdi
	xorl	%r9d, %r9d
	leaq	(,%rax,4), %rbx
	imulq	$252, %rcx, %rax
	movq	%rdx, %rsi
	subq	128(%rsp), %rsi
	leaq	(,%rdi,4), %rbp
	movq	%rdi, %r13
	leaq	60(%rdx), %r12
	shlq	$6, %r13
	movq	%rbx, -32(%rsp)
	leaq	256(%r11,%rax), %rax
	movq	%rax, -40(%rsp)
	leaq	(,%rcx,4), %rax
	leaq	28(%rdx), %rcx
	movq	%rsi, -48(%rsp)
	jmp	.LBB20_2
	.p2align	4
.LBB20_12:
	movq	-32(%rsp), %rbx
	incq	%r9
	addq	%rbx, %r12
	addq	%rbx, %rcx
	cmpq	200(%rsp), %r9
	je	.LBB20_13
.LBB20_2:
	movq	%r9, %r15
	imulq	216(%rsp), %r15
	imulq	%r9, %rbx
	movq	%r9, -8(%rsp)
	cmpq	$1, %rdi
	jne	.LBB20_4
	movq	-48(%rsp), %rsi
	addq	%rbx, %rsi
	cmpq	$255, %rsi
	jbe	.LBB20_4
	movq	128(%rsp), %rsi
	vmovups	(%rsi), %zmm0
	vmovups	64(%rsi), %zmm1
	vmovups	128(%rsi), %zmm2
	vmovups	192(%rsi), %zmm3
	vmovups	%zmm0, (%rdx,%r15,4)
	vmovups	%zmm1, 64(%rdx,%r15,4)
	vmovups	%zmm2, 128(%rdx,%r15,4)
	vmovups	%zmm3, 192(%rdx,%r15,4)
	jmp	.LBB20_7
	.p2align	4
.LBB20_4:
	movq	128(%rsp), %rsi
	leaq	(%rbp,%rbp), %r9
	xorl	%r8d, %r8d
	.p2align	4
.LBB20_5:
	vmovss	(%rsi), %xmm0
	leaq	(%rsi,%rbp), %r10
	addq	%rbp, %r10
	vmovss	%xmm0, -60(%r12,%r8,4)
	vmovss	(%rsi,%rdi,4), %xmm0
	vmovss	%xmm0, -56(%r12,%r8,4)
	vmovss	(%rsi,%rdi,8), %xmm0
	addq	%r13, %rsi
	vmovss	%xmm0, -52(%r12,%r8,4)
	vmovss	(%r10,%rdi,4), %xmm0
	vmovss	%xmm0, -48(%r12,%r8,4)
	vmovss	(%r10,%rdi,8), %xmm0
	addq	%r9, %r10
	leaq	(%r10,%rdi,4), %r14
	vmovss	%xmm0, -44(%r12,%r8,4)
	vmovss	(%r10,%rdi,4), %xmm0
	vmovss	%xmm0, -40(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -36(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -32(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -28(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -24(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -20(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -16(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -12(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -8(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -4(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	vmovss	%xmm0, (%r12,%r8,4)
	addq	$16, %r8
	cmpq	$64, %r8
	jne	.LBB20_5
.LBB20_7:
	movq	104(%rsp), %r10
	movq	-8(%rsp), %r9
	leaq	(%rdx,%rbx), %rsi
	leaq	256(%rdx,%rbx), %r8
	movq	-24(%rsp), %r14
	shrq	$61, %r10
	movq	%r9, %rbx
	imulq	-16(%rsp), %rbx
	andl	$1, %r10d
	cmpq	-40(%rsp), %rsi
	setb	%sil
	cmpq	%r8, %r11
	setb	%r8b
	leaq	(%r14,%rbx,4), %rbx
	xorl	%r14d, %r14d
	andb	%sil, %r8b
	leaq	28(%r11), %rsi
	orb	%r10b, %r8b
	jmp	.LBB20_8
	.p2align	4
.LBB20_14:
	movq	%r14, %r10
	imulq	104(%rsp), %r10
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%r11,%r10,4), %zmm0, %zmm1
	vmulps	64(%r11,%r10,4), %zmm0, %zmm2
	vmulps	128(%r11,%r10,4), %zmm0, %zmm3
	vmulps	192(%r11,%r10,4), %zmm0, %zmm0
	vaddps	(%rdx,%r15,4), %zmm1, %zmm1
	vaddps	64(%rdx,%r15,4), %zmm2, %zmm2
	vaddps	128(%rdx,%r15,4), %zmm3, %zmm3
	vaddps	192(%rdx,%r15,4), %zmm0, %zmm0
	vmovups	%zmm1, (%rdx,%r15,4)
	vmovups	%zmm2, 64(%rdx,%r15,4)
	vmovups	%zmm3, 128(%rdx,%r15,4)
	vmovups	%zmm0, 192(%rdx,%r15,4)
.LBB20_11:
	incq	%r14
	addq	%rax, %rsi
	cmpq	$64, %r14
	je	.LBB20_12
.LBB20_8:
	vmovss	(%rbx,%r14,4), %xmm0
	testb	%r8b, %r8b
	je	.LBB20_14
	xorl	%r10d, %r10d
	.p2align	4
.LBB20_10:
	vmulss	-28(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-28(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%rcx,%r10,4)
	vmulss	-24(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-24(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%rcx,%r10,4)
	vmulss	-20(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-20(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%rcx,%r10,4)
	vmulss	-16(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-16(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%rcx,%r10,4)
	vmulss	-12(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-12(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%rcx,%r10,4)
	vmulss	-8(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-8(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%rcx,%r10,4)
	vmulss	-4(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-4(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%rcx,%r10,4)
	vmulss	(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, (%rcx,%r10,4)
	addq	$8, %r10
	cmpq	$64, %r10
	jne	.LBB20_10
	jmp	.LBB20_11
.LBB20_13:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end20:
	.size	k38, .Lfunc_end20-k38

	.globl	_mlir_ciface_k38
	.p2align	4
	.type	_mlir_ciface_k38,@function
_mlir_ciface_k38:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	24(%rcx), %rax
	movq	%rax, -8(%rsp)
	testq	%rax, %rax
	jle	.LBB21_13
	movq	8(%rdi), %rax
	movq	40(%rdi), %rdi
	movq	8(%rsi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rcx), %r11
	movq	%rax, -16(%rsp)
	movq	40(%rcx), %rax
	movq	%rdi, -24(%rsp)
	movq	8(%rdx), %rdi
	movq	40(%rdx), %rdx
	leaq	(,%rsi,4), %r15
	movq	%r11, %rcx
	leaq	60(%r11), %r12
	leaq	28(%r11), %r8
	leaq	(,%rax,4), %rbx
	movq	%rax, -32(%rsp)
	imulq	$252, %rsi, %rax
	leaq	(,%rdx,4), %rbp
	movq	%rdx, %r13
	subq	%rdi, %rcx
	shlq	$6, %r13
	movq	%rdi, -72(%rsp)
	xorl	%edi, %edi
	movq	%rcx, -56(%rsp)
	movq	%rbx, -40(%rsp)
	leaq	256(%r9,%rax), %rax
	movq	%rax, -48(%rsp)
	jmp	.LBB21_2
	.p2align	4
.LBB21_12:
	movq	-64(%rsp), %rdi
	movq	-40(%rsp), %rbx
	incq	%rdi
	addq	%rbx, %r12
	addq	%rbx, %r8
	cmpq	-8(%rsp), %rdi
	je	.LBB21_13
.LBB21_2:
	imulq	%rdi, %rbx
	movq	%rdi, -64(%rsp)
	imulq	-32(%rsp), %rdi
	cmpq	$1, %rdx
	jne	.LBB21_4
	movq	-56(%rsp), %rax
	addq	%rbx, %rax
	cmpq	$255, %rax
	jbe	.LBB21_4
	movq	-72(%rsp), %rax
	vmovups	(%rax), %zmm0
	vmovups	64(%rax), %zmm1
	vmovups	128(%rax), %zmm2
	vmovups	192(%rax), %zmm3
	vmovups	%zmm0, (%r11,%rdi,4)
	vmovups	%zmm1, 64(%r11,%rdi,4)
	vmovups	%zmm2, 128(%r11,%rdi,4)
	vmovups	%zmm3, 192(%r11,%rdi,4)
	jmp	.LBB21_7
	.p2align	4
.LBB21_4:
	movq	-72(%rsp), %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB21_5:
	vmovss	(%rax), %xmm0
	leaq	(%rax,%rbp), %r10
	leaq	(%rbp,%rbp), %r14
	addq	%rbp, %r10
	addq	%r10, %r14
	vmovss	%xmm0, -60(%r12,%rcx,4)
	vmovss	(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, -56(%r12,%rcx,4)
	vmovss	(%rax,%rdx,8), %xmm0
	addq	%r13, %rax
	vmovss	%xmm0, -52(%r12,%rcx,4)
	vmovss	(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -48(%r12,%rcx,4)
	vmovss	(%r10,%rdx,8), %xmm0
	leaq	(%r14,%rdx,4), %r10
	vmovss	%xmm0, -44(%r12,%rcx,4)
	vmovss	(%r14,%rdx,4), %xmm0
	vmovss	%xmm0, -40(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -36(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -32(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -28(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -24(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -20(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -16(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -12(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -8(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -4(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	vmovss	%xmm0, (%r12,%rcx,4)
	addq	$16, %rcx
	cmpq	$64, %rcx
	jne	.LBB21_5
.LBB21_7:
	movq	%rsi, %r10
	shrq	$61, %r10
	leaq	(%r11,%rbx), %rax
	leaq	256(%r11,%rbx), %rcx
	movq	-64(%rsp), %rbx
	movq	-16(%rsp), %r14
	imulq	-24(%rsp), %rbx
	andl	$1, %r10d
	cmpq	-48(%rsp), %rax
	setb	%al
	cmpq	%rcx, %r9
	setb	%cl
	andb	%al, %cl
	leaq	(%r14,%rbx,4), %rbx
	leaq	28(%r9), %rax
	orb	%r10b, %cl
	xorl	%r10d, %r10d
	jmp	.LBB21_8
	.p2align	4
.LBB21_14:
	movq	%r10, %r14
	imulq	%rsi, %r14
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%r9,%r14,4), %zmm0, %zmm1
	vmulps	64(%r9,%r14,4), %zmm0, %zmm2
	vmulps	128(%r9,%r14,4), %zmm0, %zmm3
	vmulps	192(%r9,%r14,4), %zmm0, %zmm0
	vaddps	(%r11,%rdi,4), %zmm1, %zmm1
	vaddps	64(%r11,%rdi,4), %zmm2, %zmm2
	vaddps	128(%r11,%rdi,4), %zmm3, %zmm3
	vaddps	192(%r11,%rdi,4), %zmm0, %zmm0
	vmovups	%zmm1, (%r11,%rdi,4)
	vmovups	%zmm2, 64(%r11,%rdi,4)
	vmovups	%zmm3, 128(%r11,%rdi,4)
	vmovups	%zmm0, 192(%r11,%rdi,4)
.LBB21_11:
	incq	%r10
	addq	%r15, %rax
	cmpq	$64, %r10
	je	.LBB21_12
.LBB21_8:
	vmovss	(%rbx,%r10,4), %xmm0
	testb	%cl, %cl
	je	.LBB21_14
	xorl	%r14d, %r14d
	.p2align	4
.LBB21_10:
	vmulss	-28(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-28(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r8,%r14,4)
	vmulss	-24(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-24(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r8,%r14,4)
	vmulss	-20(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-20(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r8,%r14,4)
	vmulss	-16(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-16(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r8,%r14,4)
	vmulss	-12(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-12(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r8,%r14,4)
	vmulss	-8(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-8(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r8,%r14,4)
	vmulss	-4(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-4(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r8,%r14,4)
	vmulss	(%rax,%r14,4), %xmm0, %xmm1
	vaddss	(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%r14,4)
	addq	$8, %r14
	cmpq	$64, %r14
	jne	.LBB21_10
	jmp	.LBB21_11
.LBB21_13:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end21:
	.size	_mlir_ciface_k38, .Lfunc_end21-_mlir_ciface_k38

	.globl	k39
	.p2align	4
	.type	k39,@function
k39:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	144(%rsp), %rdi
	movq	%r9, -8(%rsp)
	testq	%rdi, %rdi
	jle	.LBB22_6
	movq	160(%rsp), %rax
	movq	128(%rsp), %rdx
	leaq	-1(%rdi), %rcx
	movq	104(%rsp), %r12
	movq	72(%rsp), %r8
	movq	%rax, %r10
	imulq	%rcx, %r10
	leaq	60(%r8), %r15
	leaq	60(%rdx), %r13
	leaq	256(%rdx,%r10,4), %r11
	leaq	(,%rax,4), %r10
	movq	-8(%rsp), %rax
	movq	%rax, %rbx
	imulq	%rcx, %rbx
	imulq	%r12, %rcx
	movq	%rax, %r14
	leaq	(,%rax,4), %r9
	leaq	256(%rsi,%rbx,4), %rbx
	leaq	256(%r8,%rcx,4), %rcx
	cmpq	%rbx, %rdx
	setb	%bl
	cmpq	%r11, %rsi
	setb	%bpl
	andb	%bl, %bpl
	testq	%r10, %r10
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%rcx, %rdx
	setb	%cl
	cmpq	%r11, %r8
	movq	%r12, %r11
	leaq	(,%r12,4), %r12
	setb	%bpl
	shrq	$61, %r11
	xorl	%eax, %eax
	andl	$1, %r11d
	andb	%cl, %bpl
	orb	%bl, %r11b
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rsi), %r14
	jmp	.LBB22_2
	.p2align	4
.LBB22_7:
	movq	%rax, %rcx
	imulq	-8(%rsp), %rcx
	movq	%rax, %rbp
	imulq	104(%rsp), %rbp
	movq	%r10, %rbx
	movq	%rdi, %r10
	movq	%rax, %rdi
	imulq	160(%rsp), %rdi
	vmovups	(%rsi,%rcx,4), %zmm0
	vmovups	64(%rsi,%rcx,4), %zmm1
	vmovups	128(%rsi,%rcx,4), %zmm2
	vmovups	192(%rsi,%rcx,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%rdx,%rdi,4)
	vmovups	%zmm1, 64(%rdx,%rdi,4)
	vmovups	%zmm2, 128(%rdx,%rdi,4)
	vmovups	%zmm3, 192(%rdx,%rdi,4)
	movq	%r10, %rdi
	movq	%rbx, %r10
.LBB22_5:
	incq	%rax
	addq	%r9, %r14
	addq	%r12, %r15
	addq	%r10, %r13
	cmpq	%rdi, %rax
	je	.LBB22_6
.LBB22_2:
	testb	%r11b, %r11b
	je	.LBB22_7
	xorl	%ecx, %ecx
	.p2align	4
.LBB22_4:
	vmovss	-60(%r14,%rcx,4), %xmm0
	vaddss	-60(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%rcx,4)
	vmovss	-56(%r14,%rcx,4), %xmm0
	vaddss	-56(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%rcx,4)
	vmovss	-52(%r14,%rcx,4), %xmm0
	vaddss	-52(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%rcx,4)
	vmovss	-48(%r14,%rcx,4), %xmm0
	vaddss	-48(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%rcx,4)
	vmovss	-44(%r14,%rcx,4), %xmm0
	vaddss	-44(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%rcx,4)
	vmovss	-40(%r14,%rcx,4), %xmm0
	vaddss	-40(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%rcx,4)
	vmovss	-36(%r14,%rcx,4), %xmm0
	vaddss	-36(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%rcx,4)
	vmovss	-32(%r14,%rcx,4), %xmm0
	vaddss	-32(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%rcx,4)
	vmovss	-28(%r14,%rcx,4), %xmm0
	vaddss	-28(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%rcx,4)
	vmovss	-24(%r14,%rcx,4), %xmm0
	vaddss	-24(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%rcx,4)
	vmovss	-20(%r14,%rcx,4), %xmm0
	vaddss	-20(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%rcx,4)
	vmovss	-16(%r14,%rcx,4), %xmm0
	vaddss	-16(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%rcx,4)
	vmovss	-12(%r14,%rcx,4), %xmm0
	vaddss	-12(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%rcx,4)
	vmovss	-8(%r14,%rcx,4), %xmm0
	vaddss	-8(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%rcx,4)
	vmovss	-4(%r14,%rcx,4), %xmm0
	vaddss	-4(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%rcx,4)
	vmovss	(%r14,%rcx,4), %xmm0
	vaddss	(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%rcx,4)
	addq	$16, %rcx
	cmpq	$64, %rcx
	jne	.LBB22_4
	jmp	.LBB22_5
.LBB22_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end22:
	.size	k39, .Lfunc_end22-k39

	.globl	_mlir_ciface_k39
	.p2align	4
	.type	_mlir_ciface_k39,@function
_mlir_ciface_k39:
	movq	24(%rdx), %rax
	testq	%rax, %rax
	jle	.LBB23_7
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	8(%rdi), %rcx
	movq	40(%rdi), %rdi
	movq	8(%rdx), %r9
	movq	40(%rdx), %rdx
	leaq	-1(%rax), %r10
	movq	40(%rsi), %r13
	movq	8(%rsi), %r8
	movq	%rdi, %rbx
	imulq	%r10, %rbx
	movq	%rdx, %r11
	imulq	%r10, %r11
	imulq	%r13, %r10
	movq	%rdx, -8(%rsp)
	leaq	(,%rdx,4), %rdx
	movq	%rdi, %r14
	leaq	(,%r13,4), %r12
	leaq	60(%r8), %r15
	movq	%r13, -24(%rsp)
	movq	%rdi, -16(%rsp)
	leaq	256(%rcx,%rbx,4), %rbx
	leaq	256(%r9,%r11,4), %r11
	leaq	256(%r8,%r10,4), %r10
	cmpq	%rbx, %r9
	setb	%bl
	cmpq	%r11, %rcx
	setb	%bpl
	andb	%bl, %bpl
	testq	%rdx, %rdx
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%r10, %r9
	setb	%r10b
	cmpq	%r11, %r8
	movq	%r13, %r11
	leaq	60(%r9), %r13
	setb	%bpl
	shrq	$61, %r11
	andl	$1, %r11d
	andb	%r10b, %bpl
	orb	%bl, %r11b
	leaq	(,%rdi,4), %rbx
	xorl	%edi, %edi
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rcx), %r14
	jmp	.LBB23_2
	.p2align	4
.LBB23_8:
	movq	%rdi, %r10
	imulq	-16(%rsp), %r10
	movq	%rdi, %rbp
	imulq	-24(%rsp), %rbp
	movq	%rbx, %rsi
	movq	%rdx, %rbx
	movq	%rdi, %rdx
	imulq	-8(%rsp), %rdx
	vmovups	(%rcx,%r10,4), %zmm0
	vmovups	64(%rcx,%r10,4), %zmm1
	vmovups	128(%rcx,%r10,4), %zmm2
	vmovups	192(%rcx,%r10,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%r9,%rdx,4)
	vmovups	%zmm1, 64(%r9,%rdx,4)
	vmovups	%zmm2, 128(%r9,%rdx,4)
	vmovups	%zmm3, 192(%r9,%rdx,4)
	movq	%rbx, %rdx
	movq	%rsi, %rbx
.LBB23_5:
	incq	%rdi
	addq	%rbx, %r14
	addq	%r12, %r15
	addq	%rdx, %r13
	cmpq	%rax, %rdi
	je	.LBB23_6
.LBB23_2:
	testb	%r11b, %r11b
	je	.LBB23_8
	xorl	%r10d, %r10d
	.p2align	4
.LBB23_4:
	vmovss	-60(%r14,%r10,4), %xmm0
	vaddss	-60(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%r10,4)
	vmovss	-56(%r14,%r10,4), %xmm0
	vaddss	-56(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%r10,4)
	vmovss	-52(%r14,%r10,4), %xmm0
	vaddss	-52(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%r10,4)
	vmovss	-48(%r14,%r10,4), %xmm0
	vaddss	-48(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%r10,4)
	vmovss	-44(%r14,%r10,4), %xmm0
	vaddss	-44(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%r10,4)
	vmovss	-40(%r14,%r10,4), %xmm0
	vaddss	-40(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%r10,4)
	vmovss	-36(%r14,%r10,4), %xmm0
	vaddss	-36(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%r10,4)
	vmovss	-32(%r14,%r10,4), %xmm0
	vaddss	-32(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%r10,4)
	vmovss	-28(%r14,%r10,4), %xmm0
	vaddss	-28(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%r10,4)
	vmovss	-24(%r14,%r10,4), %xmm0
	vaddss	-24(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%r10,4)
	vmovss	-20(%r14,%r10,4), %xmm0
	vaddss	-20(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%r10,4)
	vmovss	-16(%r14,%r10,4), %xmm0
	vaddss	-16(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%r10,4)
	vmovss	-12(%r14,%r10,4), %xmm0
	vaddss	-12(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%r10,4)
	vmovss	-8(%r14,%r10,4), %xmm0
	vaddss	-8(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%r10,4)
	vmovss	-4(%r14,%r10,4), %xmm0
	vaddss	-4(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%r10,4)
	vmovss	(%r14,%r10,4), %xmm0
	vaddss	(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%r10,4)
	addq	$16, %r10
	cmpq	$64, %r10
	jne	.LBB23_4
	jmp	.LBB23_5
.LBB23_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
.LBB23_7:
	vzeroupper
	retq
.Lfunc_end23:
	.size	_mlir_ciface_k39, .Lfunc_end23-_mlir_ciface_k39

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI24_0:
	.long	0x3c800000
.LCPI24_1:
	.long	0x3727c5ac
.LCPI24_2:
	.long	0x3f800000
	.text
	.globl	k43
	.p2align	4
	.type	k43,@function
k43:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$248, %rsp
	movq	%r9, 176(%rsp)
	movq	%rsi, %r15
	movq	520(%rsp), %rax
	movq	%rax, 16(%rsp)
	movq	504(%rsp), %rdi
	movq	%rdi, 40(%rsp)
	shlq	$8, %rdi
	movq	464(%rsp), %rax
	movq	488(%rsp), %rbp
	movq	%rax, 112(%rsp)
	movq	376(%rsp), %rax
	movq	432(%rsp), %rbx
	movq	408(%rsp), %r13
	movq	%rax, 104(%rsp)
	movq	320(%rsp), %rax
	movq	352(%rsp), %r14
	movq	%rax, 48(%rsp)
	movq	%rdi, 88(%rsp)
	callq	malloc@PLT
	cmpq	$0, 40(%rsp)
	movq	%rax, %r12
	jle	.LBB24_23
	vmovss	.LCPI24_0(%rip), %xmm0
	vmovss	.LCPI24_1(%rip), %xmm1
	vmovss	.LCPI24_2(%rip), %xmm2
	movq	176(%rsp), %r10
	leaq	(,%r14,4), %rdi
	movq	%r14, %rsi
	leaq	28(%r15), %rax
	leaq	28(%r12), %rdx
	shlq	$5, %rsi
	xorl	%r8d, %r8d
	leaq	(%rdi,%rdi), %r9
	leaq	(,%r10,4), %rcx
	movq	%rcx, (%rsp)
	movq	%r10, %rcx
	movq	%r12, 96(%rsp)
	jmp	.LBB24_2
	.p2align	4
.LBB24_24:
	leaq	(%r15,%r10,4), %r10
	movq	48(%rsp), %rcx
	vbroadcastss	%xmm3, %zmm3
	movq	%r8, %r11
	shlq	$8, %r11
	vmulps	(%r10), %zmm3, %zmm4
	vmulps	64(%r10), %zmm3, %zmm5
	vmulps	128(%r10), %zmm3, %zmm6
	vmulps	192(%r10), %zmm3, %zmm3
	vmulps	(%rcx), %zmm4, %zmm4
	vmulps	64(%rcx), %zmm5, %zmm5
	vmulps	128(%rcx), %zmm6, %zmm6
	vmulps	192(%rcx), %zmm3, %zmm3
	vmovups	%zmm4, (%r12,%r11)
	vmovups	%zmm5, 64(%r12,%r11)
	vmovups	%zmm6, 128(%r12,%r11)
	vmovups	%zmm3, 192(%r12,%r11)
.LBB24_5:
	addq	(%rsp), %rax
	movq	96(%rsp), %r12
	movq	176(%rsp), %rcx
	incq	%r8
	addq	$256, %rdx
	cmpq	40(%rsp), %r8
	je	.LBB24_6
.LBB24_2:
	movq	%r8, %r10
	imulq	%rcx, %r10
	vmovss	(%r15,%r10,4), %xmm3
	vmovss	4(%r15,%r10,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	192(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	196(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	200(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	204(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	208(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	212(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	216(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	220(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	224(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	228(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	232(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	236(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	240(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	244(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	248(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	252(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmulss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %r14
	je	.LBB24_24
	movq	48(%rsp), %r10
	xorl	%r11d, %r11d
	.p2align	4
.LBB24_4:
	vmulss	-28(%rax,%r11,4), %xmm3, %xmm4
	leaq	(%r10,%rdi), %rcx
	addq	%rdi, %rcx
	vmulss	(%r10), %xmm4, %xmm4
	vmovss	%xmm4, -28(%rdx,%r11,4)
	vmulss	-24(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%r10,%r14,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%rdx,%r11,4)
	vmulss	-20(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%r10,%r14,8), %xmm4, %xmm4
	addq	%rsi, %r10
	vmovss	%xmm4, -20(%rdx,%r11,4)
	vmulss	-16(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r14,4), %xmm4, %xmm4
	vmovss	%xmm4, -16(%rdx,%r11,4)
	vmulss	-12(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r14,8), %xmm4, %xmm4
	addq	%r9, %rcx
	leaq	(%rcx,%r14,4), %r12
	vmovss	%xmm4, -12(%rdx,%r11,4)
	vmulss	-8(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r14,4), %xmm4, %xmm4
	vmovss	%xmm4, -8(%rdx,%r11,4)
	vmulss	-4(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rdi,%r12), %xmm4, %xmm4
	addq	%rdi, %r12
	vmovss	%xmm4, -4(%rdx,%r11,4)
	vmulss	(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rdi,%r12), %xmm4, %xmm4
	vmovss	%xmm4, (%rdx,%r11,4)
	addq	$8, %r11
	cmpq	$64, %r11
	jne	.LBB24_4
	jmp	.LBB24_5
.LBB24_6:
	movq	88(%rsp), %rax
	leaq	(%rax,%rax,2), %rdi
	vzeroupper
	callq	malloc@PLT
	movq	104(%rsp), %r8
	shlq	$2, %r13
	movq	%rax, %r14
	xorl	%eax, %eax
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r12, %rcx
	addq	$704, %r8
	.p2align	4
.LBB24_7:
	leaq	(%rax,%rax,2), %rsi
	xorl	%edi, %edi
	shlq	$8, %rsi
	vmovups	%zmm0, (%r14,%rsi)
	vmovups	%zmm0, 64(%r14,%rsi)
	vmovups	%zmm0, 128(%r14,%rsi)
	vmovups	%zmm0, 192(%r14,%rsi)
	vmovups	%zmm0, 256(%r14,%rsi)
	vmovups	%zmm0, 320(%r14,%rsi)
	vmovups	%zmm0, 384(%r14,%rsi)
	vmovups	%zmm0, 448(%r14,%rsi)
	vmovups	%zmm0, 512(%r14,%rsi)
	vmovups	%zmm0, 576(%r14,%rsi)
	vmovups	%zmm0, 640(%r14,%rsi)
	vmovups	%zmm0, 704(%r14,%rsi)
	leaq	(%r14,%rsi), %rdx
	vmovups	(%r14,%rsi), %zmm12
	vmovups	64(%r14,%rsi), %zmm11
	vmovups	128(%r14,%rsi), %zmm10
	vmovups	192(%r14,%rsi), %zmm9
	vmovups	256(%r14,%rsi), %zmm8
	vmovups	320(%r14,%rsi), %zmm7
	vmovups	384(%r14,%rsi), %zmm6
	vmovups	448(%r14,%rsi), %zmm5
	vmovups	512(%r14,%rsi), %zmm4
	vmovups	576(%r14,%rsi), %zmm3
	vmovups	640(%r14,%rsi), %zmm2
	vmovups	704(%r14,%rsi), %zmm1
	movq	%r8, %rsi
	.p2align	4
.LBB24_8:
	vbroadcastss	(%rcx,%rdi,4), %zmm13
	incq	%rdi
	vmulps	-640(%rsi), %zmm13, %zmm16
	vmulps	-576(%rsi), %zmm13, %zmm15
	vmulps	-704(%rsi), %zmm13, %zmm14
	vaddps	%zmm16, %zmm11, %zmm11
	vaddps	%zmm15, %zmm10, %zmm10
	vmulps	-512(%rsi), %zmm13, %zmm16
	vmulps	-448(%rsi), %zmm13, %zmm15
	vaddps	%zmm14, %zmm12, %zmm12
	vaddps	%zmm16, %zmm9, %zmm9
	vaddps	%zmm15, %zmm8, %zmm8
	vmulps	-384(%rsi), %zmm13, %zmm16
	vmulps	-320(%rsi), %zmm13, %zmm15
	vaddps	%zmm16, %zmm7, %zmm7
	vaddps	%zmm15, %zmm6, %zmm6
	vmulps	-256(%rsi), %zmm13, %zmm16
	vmulps	-192(%rsi), %zmm13, %zmm15
	vaddps	%zmm16, %zmm5, %zmm5
	vaddps	%zmm15, %zmm4, %zmm4
	vmulps	-128(%rsi), %zmm13, %zmm16
	vmulps	-64(%rsi), %zmm13, %zmm15
	vmulps	(%rsi), %zmm13, %zmm13
	addq	%r13, %rsi
	vaddps	%zmm16, %zmm3, %zmm3
	vaddps	%zmm15, %zmm2, %zmm2
	vaddps	%zmm13, %zmm1, %zmm1
	cmpq	$64, %rdi
	jne	.LBB24_8
	incq	%rax
	addq	$256, %rcx
	vmovups	%zmm12, (%rdx)
	vmovups	%zmm11, 64(%rdx)
	vmovups	%zmm10, 128(%rdx)
	vmovups	%zmm9, 192(%rdx)
	vmovups	%zmm8, 256(%rdx)
	vmovups	%zmm7, 320(%rdx)
	vmovups	%zmm6, 384(%rdx)
	vmovups	%zmm5, 448(%rdx)
	vmovups	%zmm4, 512(%rdx)
	vmovups	%zmm3, 576(%rdx)
	vmovups	%zmm2, 640(%rdx)
	vmovups	%zmm1, 704(%rdx)
	cmpq	40(%rsp), %rax
	jne	.LBB24_7
	movq	16(%rsp), %rax
	movq	112(%rsp), %rsi
	xorl	%edx, %edx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rbp, %rdi
	leaq	(,%rax,4), %r15
	imulq	$252, %rsi, %rax
	leaq	(,%rsi,4), %rcx
	shrq	$61, %rsi
	andl	$1, %esi
	leaq	768(%rbx,%rax), %rax
	movq	%rax, 176(%rsp)
	jmp	.LBB24_11
	.p2align	4
.LBB24_16:
	incq	%rdx
	addq	%r15, %rdi
	cmpq	40(%rsp), %rdx
	je	.LBB24_17
.LBB24_11:
	movq	%r15, %rax
	imulq	%rdx, %rax
	movq	%rdx, %r8
	shlq	$8, %r8
	movq	%rdx, %r9
	imulq	16(%rsp), %r9
	addq	%r12, %r8
	leaq	(%rbp,%rax), %r10
	cmpq	176(%rsp), %r10
	leaq	768(%rbp,%rax), %r11
	vmovups	%zmm0, 704(%rbp,%rax)
	vmovups	%zmm0, 640(%rbp,%rax)
	vmovups	%zmm0, 576(%rbp,%rax)
	vmovups	%zmm0, 512(%rbp,%rax)
	vmovups	%zmm0, 448(%rbp,%rax)
	vmovups	%zmm0, 384(%rbp,%rax)
	vmovups	%zmm0, 320(%rbp,%rax)
	vmovups	%zmm0, 256(%rbp,%rax)
	vmovups	%zmm0, 192(%rbp,%rax)
	vmovups	%zmm0, 128(%rbp,%rax)
	vmovups	%zmm0, 64(%rbp,%rax)
	vmovups	%zmm0, (%rbp,%rax)
	setb	%al
	cmpq	%r11, %rbx
	movq	%rbx, %r11
	setb	%r10b
	xorl	%r13d, %r13d
	andb	%al, %r10b
	orb	%sil, %r10b
	jmp	.LBB24_12
	.p2align	4
.LBB24_25:
	movq	%r13, %rax
	imulq	112(%rsp), %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	64(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	128(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	192(%rbx,%rax,4), %zmm1, %zmm5
	vaddps	(%rbp,%r9,4), %zmm2, %zmm2
	vaddps	64(%rbp,%r9,4), %zmm3, %zmm3
	vaddps	128(%rbp,%r9,4), %zmm4, %zmm4
	vaddps	192(%rbp,%r9,4), %zmm5, %zmm5
	vmovups	%zmm2, (%rbp,%r9,4)
	vmovups	%zmm3, 64(%rbp,%r9,4)
	vmovups	%zmm4, 128(%rbp,%r9,4)
	vmovups	%zmm5, 192(%rbp,%r9,4)
	vmulps	256(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	320(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	384(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	448(%rbx,%rax,4), %zmm1, %zmm5
	vaddps	256(%rbp,%r9,4), %zmm2, %zmm2
	vaddps	320(%rbp,%r9,4), %zmm3, %zmm3
	vaddps	384(%rbp,%r9,4), %zmm4, %zmm4
	vaddps	448(%rbp,%r9,4), %zmm5, %zmm5
	vmovups	%zmm2, 256(%rbp,%r9,4)
	vmovups	%zmm3, 320(%rbp,%r9,4)
	vmovups	%zmm4, 384(%rbp,%r9,4)
	vmovups	%zmm5, 448(%rbp,%r9,4)
	vmulps	512(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	576(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	640(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	704(%rbx,%rax,4), %zmm1, %zmm1
	vaddps	512(%rbp,%r9,4), %zmm2, %zmm2
	vaddps	576(%rbp,%r9,4), %zmm3, %zmm3
	vaddps	640(%rbp,%r9,4), %zmm4, %zmm4
	vaddps	704(%rbp,%r9,4), %zmm1, %zmm1
	vmovups	%zmm2, 512(%rbp,%r9,4)
	vmovups	%zmm3, 576(%rbp,%r9,4)
	vmovups	%zmm4, 640(%rbp,%r9,4)
	vmovups	%zmm1, 704(%rbp,%r9,4)
.LBB24_15:
	incq	%r13
	addq	%rcx, %r11
	cmpq	$64, %r13
	je	.LBB24_16
.LBB24_12:
	vmovss	(%r8,%r13,4), %xmm1
	testb	%r10b, %r10b
	je	.LBB24_25
	movl	$11, %eax
	.p2align	4
.LBB24_14:
	vmulss	-44(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-44(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%rdi,%rax,4)
	vmulss	-40(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-40(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%rdi,%rax,4)
	vmulss	-36(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-36(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%rdi,%rax,4)
	vmulss	-32(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-32(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%rdi,%rax,4)
	vmulss	-28(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-28(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%rdi,%rax,4)
	vmulss	-24(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-24(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%rdi,%rax,4)
	vmulss	-20(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-20(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%rdi,%rax,4)
	vmulss	-16(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-16(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%rdi,%rax,4)
	vmulss	-12(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-12(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%rdi,%rax,4)
	vmulss	-8(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-8(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%rdi,%rax,4)
	vmulss	-4(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-4(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%rdi,%rax,4)
	vmulss	(%r11,%rax,4), %xmm1, %xmm2
	vaddss	(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rdi,%rax,4)
	addq	$12, %rax
	cmpq	$203, %rax
	jne	.LBB24_14
	jmp	.LBB24_15
.LBB24_17:
	xorl	%ebx, %ebx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r14, %r12
	.p2align	4
.LBB24_18:
	xorl	%r13d, %r13d
	.p2align	4
.LBB24_19:
	vmovups	(%r12,%r13,4), %zmm1
	vsubps	%zmm1, %zmm0, %zmm0
	vmovups	%zmm1, 176(%rsp)
	vmovups	%zmm0, 112(%rsp)
	vextractf32x4	$3, %zmm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 48(%rsp)
	vmovshdup	16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	48(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 48(%rsp)
	vpermilpd	$1, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	48(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 48(%rsp)
	vpermilps	$255, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	48(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 48(%rsp)
	vmovups	112(%rsp), %zmm0
	vextractf32x4	$2, %zmm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, (%rsp)
	vmovshdup	16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilpd	$1, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilps	$255, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vinsertf128	$1, 48(%rsp), %ymm0, %ymm0
	vmovups	%ymm0, 48(%rsp)
	vmovups	112(%rsp), %zmm0
	vextractf128	$1, %ymm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, (%rsp)
	vmovshdup	16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilpd	$1, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilps	$255, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vmovups	112(%rsp), %zmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, (%rsp)
	vmovshdup	112(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilpd	$1, 112(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilps	$255, 112(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm2
	vbroadcastss	.LCPI24_2(%rip), %zmm1
	vinsertps	$48, %xmm0, %xmm2, %xmm0
	vinsertf128	$1, 16(%rsp), %ymm0, %ymm0
	vmovups	176(%rsp), %zmm2
	vinsertf64x4	$1, 48(%rsp), %zmm0, %zmm0
	vaddps	%zmm1, %zmm0, %zmm0
	vdivps	%zmm0, %zmm2, %zmm0
	vmulps	(%rbp,%r13,4), %zmm0, %zmm0
	vmovups	%zmm0, (%rbp,%r13,4)
	addq	$16, %r13
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	$192, %r13
	jne	.LBB24_19
	incq	%rbx
	addq	%r15, %rbp
	addq	$768, %r12
	cmpq	40(%rsp), %rbx
	jne	.LBB24_18
	movq	96(%rsp), %r12
	jmp	.LBB24_22
.LBB24_23:
	movq	88(%rsp), %rax
	leaq	(%rax,%rax,2), %rdi
	callq	malloc@PLT
	movq	%rax, %r14
.LBB24_22:
	movq	%r12, %rdi
	vzeroupper
	callq	free@PLT
	movq	%r14, %rdi
	addq	$248, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end24:
	.size	k43, .Lfunc_end24-k43

	.globl	_mlir_ciface_k43
	.p2align	4
	.type	_mlir_ciface_k43,@function
_mlir_ciface_k43:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k43@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end25:
	.size	_mlir_ciface_k43, .Lfunc_end25-_mlir_ciface_k43

	.globl	k45
	.p2align	4
	.type	k45,@function
k45:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	cmpq	$0, 144(%rsp)
	movq	%r9, -8(%rsp)
	movq	%rsi, -16(%rsp)
	jle	.LBB26_8
	movq	104(%rsp), %rdi
	movq	160(%rsp), %rax
	movq	72(%rsp), %r8
	movq	128(%rsp), %rdx
	xorl	%ecx, %ecx
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(,%rax,4), %rsi
	imulq	$764, %rdi, %rax
	movq	%rdi, %r13
	shrq	$61, %r13
	leaq	(,%rdi,4), %r14
	leaq	28(%rdx), %r15
	andl	$1, %r13d
	leaq	256(%r8,%rax), %r11
	jmp	.LBB26_2
	.p2align	4
.LBB26_7:
	incq	%rcx
	addq	%rsi, %r15
	cmpq	144(%rsp), %rcx
	je	.LBB26_8
.LBB26_2:
	movq	%rsi, %rax
	imulq	%rcx, %rax
	movq	-16(%rsp), %rbx
	movq	%rcx, %r12
	imulq	160(%rsp), %r12
	leaq	(%rdx,%rax), %r9
	leaq	256(%rdx,%rax), %r10
	vmovups	%zmm0, 192(%rdx,%rax)
	vmovups	%zmm0, 128(%rdx,%rax)
	vmovups	%zmm0, 64(%rdx,%rax)
	vmovups	%zmm0, (%rdx,%rax)
	movq	%rcx, %rax
	imulq	-8(%rsp), %rax
	cmpq	%r11, %r9
	setb	%r9b
	cmpq	%r10, %r8
	leaq	(%rbx,%rax,4), %rbp
	setb	%al
	leaq	28(%r8), %rbx
	xorl	%r10d, %r10d
	andb	%r9b, %al
	orb	%r13b, %al
	jmp	.LBB26_3
	.p2align	4
.LBB26_9:
	movq	%r10, %r9
	imulq	%rdi, %r9
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%r8,%r9,4), %zmm1, %zmm2
	vmulps	64(%r8,%r9,4), %zmm1, %zmm3
	vmulps	128(%r8,%r9,4), %zmm1, %zmm4
	vmulps	192(%r8,%r9,4), %zmm1, %zmm1
	vaddps	(%rdx,%r12,4), %zmm2, %zmm2
	vaddps	64(%rdx,%r12,4), %zmm3, %zmm3
	vaddps	128(%rdx,%r12,4), %zmm4, %zmm4
	vaddps	192(%rdx,%r12,4), %zmm1, %zmm1
	vmovups	%zmm2, (%rdx,%r12,4)
	vmovups	%zmm3, 64(%rdx,%r12,4)
	vmovups	%zmm4, 128(%rdx,%r12,4)
	vmovups	%zmm1, 192(%rdx,%r12,4)
.LBB26_6:
	incq	%r10
	addq	%r14, %rbx
	cmpq	$192, %r10
	je	.LBB26_7
.LBB26_3:
	vmovss	(%rbp,%r10,4), %xmm1
	testb	%al, %al
	je	.LBB26_9
	xorl	%r9d, %r9d
	.p2align	4
.LBB26_5:
	vmulss	-28(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-28(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r15,%r9,4)
	vmulss	-24(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-24(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r15,%r9,4)
	vmulss	-20(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-20(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r15,%r9,4)
	vmulss	-16(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-16(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r15,%r9,4)
	vmulss	-12(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-12(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r15,%r9,4)
	vmulss	-8(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-8(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r15,%r9,4)
	vmulss	-4(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-4(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r15,%r9,4)
	vmulss	(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r15,%r9,4)
	addq	$8, %r9
	cmpq	$64, %r9
	jne	.LBB26_5
	jmp	.LBB26_6
.LBB26_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end26:
	.size	k45, .Lfunc_end26-k45

	.globl	_mlir_ciface_k45
	.p2align	4
	.type	_mlir_ciface_k45,@function
_mlir_ciface_k45:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	24(%rdx), %rax
	movq	%rax, -8(%rsp)
	testq	%rax, %rax
	jle	.LBB27_8
	movq	8(%rdi), %rax
	movq	8(%rsi), %r8
	movq	40(%rsi), %rsi
	movq	8(%rdx), %r9
	movq	40(%rdi), %rcx
	movq	40(%rdx), %rdx
	xorl	%ebx, %ebx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rax, -16(%rsp)
	imulq	$764, %rsi, %rax
	movq	%rsi, %r13
	shrq	$61, %r13
	movq	%rcx, -24(%rsp)
	leaq	(,%rdx,4), %rcx
	leaq	(,%rsi,4), %r14
	leaq	28(%r9), %r15
	andl	$1, %r13d
	leaq	256(%r8,%rax), %rax
	movq	%rax, -32(%rsp)
	jmp	.LBB27_2
	.p2align	4
.LBB27_7:
	incq	%rbx
	addq	%r11, %r15
	movq	%r11, %rcx
	cmpq	-8(%rsp), %rbx
	je	.LBB27_8
.LBB27_2:
	movq	%rcx, %rax
	imulq	%rbx, %rax
	movq	%rcx, %r11
	movq	%rbx, %r12
	movq	-16(%rsp), %r10
	imulq	%rdx, %r12
	leaq	(%r9,%rax), %rcx
	leaq	256(%r9,%rax), %rdi
	vmovups	%zmm0, 192(%r9,%rax)
	vmovups	%zmm0, 128(%r9,%rax)
	vmovups	%zmm0, 64(%r9,%rax)
	vmovups	%zmm0, (%r9,%rax)
	movq	%rbx, %rax
	imulq	-24(%rsp), %rax
	cmpq	-32(%rsp), %rcx
	leaq	(%r10,%rax,4), %rbp
	setb	%al
	cmpq	%rdi, %r8
	leaq	28(%r8), %rdi
	setb	%cl
	andb	%al, %cl
	xorl	%eax, %eax
	orb	%r13b, %cl
	jmp	.LBB27_3
	.p2align	4
.LBB27_9:
	movq	%rax, %r10
	imulq	%rsi, %r10
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%r8,%r10,4), %zmm1, %zmm2
	vmulps	64(%r8,%r10,4), %zmm1, %zmm3
	vmulps	128(%r8,%r10,4), %zmm1, %zmm4
	vmulps	192(%r8,%r10,4), %zmm1, %zmm1
	vaddps	(%r9,%r12,4), %zmm2, %zmm2
	vaddps	64(%r9,%r12,4), %zmm3, %zmm3
	vaddps	128(%r9,%r12,4), %zmm4, %zmm4
	vaddps	192(%r9,%r12,4), %zmm1, %zmm1
	vmovups	%zmm2, (%r9,%r12,4)
	vmovups	%zmm3, 64(%r9,%r12,4)
	vmovups	%zmm4, 128(%r9,%r12,4)
	vmovups	%zmm1, 192(%r9,%r12,4)
.LBB27_6:
	incq	%rax
	addq	%r14, %rdi
	cmpq	$192, %rax
	je	.LBB27_7
.LBB27_3:
	vmovss	(%rbp,%rax,4), %xmm1
	testb	%cl, %cl
	je	.LBB27_9
	xorl	%r10d, %r10d
	.p2align	4
.LBB27_5:
	vmulss	-28(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-28(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r15,%r10,4)
	vmulss	-24(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-24(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r15,%r10,4)
	vmulss	-20(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-20(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r15,%r10,4)
	vmulss	-16(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-16(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r15,%r10,4)
	vmulss	-12(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-12(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r15,%r10,4)
	vmulss	-8(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-8(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r15,%r10,4)
	vmulss	-4(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-4(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r15,%r10,4)
	vmulss	(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r15,%r10,4)
	addq	$8, %r10
	cmpq	$64, %r10
	jne	.LBB27_5
	jmp	.LBB27_6
.LBB27_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end27:
	.size	_mlir_ciface_k45, .Lfunc_end27-_mlir_ciface_k45

	.globl	k46
	.p2align	4
	.type	k46,@function
k46:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	144(%rsp), %rdi
	movq	%r9, -8(%rsp)
	testq	%rdi, %rdi
	jle	.LBB28_6
	movq	160(%rsp), %rax
	movq	128(%rsp), %rdx
	leaq	-1(%rdi), %rcx
	movq	104(%rsp), %r12
	movq	72(%rsp), %r8
	movq	%rax, %r10
	imulq	%rcx, %r10
	leaq	60(%r8), %r15
	leaq	60(%rdx), %r13
	leaq	256(%rdx,%r10,4), %r11
	leaq	(,%rax,4), %r10
	movq	-8(%rsp), %rax
	movq	%rax, %rbx
	imulq	%rcx, %rbx
	imulq	%r12, %rcx
	movq	%rax, %r14
	leaq	(,%rax,4), %r9
	leaq	256(%rsi,%rbx,4), %rbx
	leaq	256(%r8,%rcx,4), %rcx
	cmpq	%rbx, %rdx
	setb	%bl
	cmpq	%r11, %rsi
	setb	%bpl
	andb	%bl, %bpl
	testq	%r10, %r10
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%rcx, %rdx
	setb	%cl
	cmpq	%r11, %r8
	movq	%r12, %r11
	leaq	(,%r12,4), %r12
	setb	%bpl
	shrq	$61, %r11
	xorl	%eax, %eax
	andl	$1, %r11d
	andb	%cl, %bpl
	orb	%bl, %r11b
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rsi), %r14
	jmp	.LBB28_2
	.p2align	4
.LBB28_7:
	movq	%rax, %rcx
	imulq	-8(%rsp), %rcx
	movq	%rax, %rbp
	imulq	104(%rsp), %rbp
	movq	%r10, %rbx
	movq	%rdi, %r10
	movq	%rax, %rdi
	imulq	160(%rsp), %rdi
	vmovups	(%rsi,%rcx,4), %zmm0
	vmovups	64(%rsi,%rcx,4), %zmm1
	vmovups	128(%rsi,%rcx,4), %zmm2
	vmovups	192(%rsi,%rcx,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%rdx,%rdi,4)
	vmovups	%zmm1, 64(%rdx,%rdi,4)
	vmovups	%zmm2, 128(%rdx,%rdi,4)
	vmovups	%zmm3, 192(%rdx,%rdi,4)
	movq	%r10, %rdi
	movq	%rbx, %r10
.LBB28_5:
	incq	%rax
	addq	%r9, %r14
	addq	%r12, %r15
	addq	%r10, %r13
	cmpq	%rdi, %rax
	je	.LBB28_6
.LBB28_2:
	testb	%r11b, %r11b
	je	.LBB28_7
	xorl	%ecx, %ecx
	.p2align	4
.LBB28_4:
	vmovss	-60(%r14,%rcx,4), %xmm0
	vaddss	-60(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%rcx,4)
	vmovss	-56(%r14,%rcx,4), %xmm0
	vaddss	-56(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%rcx,4)
	vmovss	-52(%r14,%rcx,4), %xmm0
	vaddss	-52(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%rcx,4)
	vmovss	-48(%r14,%rcx,4), %xmm0
	vaddss	-48(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%rcx,4)
	vmovss	-44(%r14,%rcx,4), %xmm0
	vaddss	-44(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%rcx,4)
	vmovss	-40(%r14,%rcx,4), %xmm0
	vaddss	-40(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%rcx,4)
	vmovss	-36(%r14,%rcx,4), %xmm0
	vaddss	-36(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%rcx,4)
	vmovss	-32(%r14,%rcx,4), %xmm0
	vaddss	-32(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%rcx,4)
	vmovss	-28(%r14,%rcx,4), %xmm0
	vaddss	-28(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%rcx,4)
	vmovss	-24(%r14,%rcx,4), %xmm0
	vaddss	-24(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%rcx,4)
	vmovss	-20(%r14,%rcx,4), %xmm0
	vaddss	-20(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%rcx,4)
	vmovss	-16(%r14,%rcx,4), %xmm0
	vaddss	-16(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%rcx,4)
	vmovss	-12(%r14,%rcx,4), %xmm0
	vaddss	-12(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%rcx,4)
	vmovss	-8(%r14,%rcx,4), %xmm0
	vaddss	-8(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%rcx,4)
	vmovss	-4(%r14,%rcx,4), %xmm0
	vaddss	-4(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%rcx,4)
	vmovss	(%r14,%rcx,4), %xmm0
	vaddss	(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%rcx,4)
	addq	$16, %rcx
	cmpq	$64, %rcx
	jne	.LBB28_4
	jmp	.LBB28_5
.LBB28_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end28:
	.size	k46, .Lfunc_end28-k46

	.globl	_mlir_ciface_k46
	.p2align	4
	.type	_mlir_ciface_k46,@function
_mlir_ciface_k46:
	movq	24(%rdx), %rax
	testq	%rax, %rax
	jle	.LBB29_7
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	8(%rdi), %rcx
	movq	40(%rdi), %rdi
	movq	8(%rdx), %r9
	movq	40(%rdx), %rdx
	leaq	-1(%rax), %r10
	movq	40(%rsi), %r13
	movq	8(%rsi), %r8
	movq	%rdi, %rbx
	imulq	%r10, %rbx
	movq	%rdx, %r11
	imulq	%r10, %r11
	imulq	%r13, %r10
	movq	%rdx, -8(%rsp)
	leaq	(,%rdx,4), %rdx
	movq	%rdi, %r14
	leaq	(,%r13,4), %r12
	leaq	60(%r8), %r15
	movq	%r13, -24(%rsp)
	movq	%rdi, -16(%rsp)
	leaq	256(%rcx,%rbx,4), %rbx
	leaq	256(%r9,%r11,4), %r11
	leaq	256(%r8,%r10,4), %r10
	cmpq	%rbx, %r9
	setb	%bl
	cmpq	%r11, %rcx
	setb	%bpl
	andb	%bl, %bpl
	testq	%rdx, %rdx
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%r10, %r9
	setb	%r10b
	cmpq	%r11, %r8
	movq	%r13, %r11
	leaq	60(%r9), %r13
	setb	%bpl
	shrq	$61, %r11
	andl	$1, %r11d
	andb	%r10b, %bpl
	orb	%bl, %r11b
	leaq	(,%rdi,4), %rbx
	xorl	%edi, %edi
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rcx), %r14
	jmp	.LBB29_2
	.p2align	4
.LBB29_8:
	movq	%rdi, %r10
	imulq	-16(%rsp), %r10
	movq	%rdi, %rbp
	imulq	-24(%rsp), %rbp
	movq	%rbx, %rsi
	movq	%rdx, %rbx
	movq	%rdi, %rdx
	imulq	-8(%rsp), %rdx
	vmovups	(%rcx,%r10,4), %zmm0
	vmovups	64(%rcx,%r10,4), %zmm1
	vmovups	128(%rcx,%r10,4), %zmm2
	vmovups	192(%rcx,%r10,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%r9,%rdx,4)
	vmovups	%zmm1, 64(%r9,%rdx,4)
	vmovups	%zmm2, 128(%r9,%rdx,4)
	vmovups	%zmm3, 192(%r9,%rdx,4)
	movq	%rbx, %rdx
	movq	%rsi, %rbx
.LBB29_5:
	incq	%rdi
	addq	%rbx, %r14
	addq	%r12, %r15
	addq	%rdx, %r13
	cmpq	%rax, %rdi
	je	.LBB29_6
.LBB29_2:
	testb	%r11b, %r11b
	je	.LBB29_8
	xorl	%r10d, %r10d
	.p2align	4
.LBB29_4:
	vmovss	-60(%r14,%r10,4), %xmm0
	vaddss	-60(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%r10,4)
	vmovss	-56(%r14,%r10,4), %xmm0
	vaddss	-56(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%r10,4)
	vmovss	-52(%r14,%r10,4), %xmm0
	vaddss	-52(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%r10,4)
	vmovss	-48(%r14,%r10,4), %xmm0
	vaddss	-48(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%r10,4)
	vmovss	-44(%r14,%r10,4), %xmm0
	vaddss	-44(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%r10,4)
	vmovss	-40(%r14,%r10,4), %xmm0
	vaddss	-40(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%r10,4)
	vmovss	-36(%r14,%r10,4), %xmm0
	vaddss	-36(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%r10,4)
	vmovss	-32(%r14,%r10,4), %xmm0
	vaddss	-32(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%r10,4)
	vmovss	-28(%r14,%r10,4), %xmm0
	vaddss	-28(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%r10,4)
	vmovss	-24(%r14,%r10,4), %xmm0
	vaddss	-24(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%r10,4)
	vmovss	-20(%r14,%r10,4), %xmm0
	vaddss	-20(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%r10,4)
	vmovss	-16(%r14,%r10,4), %xmm0
	vaddss	-16(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%r10,4)
	vmovss	-12(%r14,%r10,4), %xmm0
	vaddss	-12(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%r10,4)
	vmovss	-8(%r14,%r10,4), %xmm0
	vaddss	-8(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%r10,4)
	vmovss	-4(%r14,%r10,4), %xmm0
	vaddss	-4(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%r10,4)
	vmovss	(%r14,%r10,4), %xmm0
	vaddss	(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%r10,4)
	addq	$16, %r10
	cmpq	$64, %r10
	jne	.LBB29_4
	jmp	.LBB29_5
.LBB29_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
.LBB29_7:
	vzeroupper
	retq
.Lfunc_end29:
	.size	_mlir_ciface_k46, .Lfunc_end29-_mlir_ciface_k46

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI30_0:
	.long	0x3c800000
.LCPI30_1:
	.long	0x3727c5ac
.LCPI30_2:
	.long	0x3f800000
	.text
	.globl	k50
	.p2align	4
	.type	k50,@function
k50:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$72, %rsp
	movq	%r9, 16(%rsp)
	movq	%rsi, %r14
	movq	344(%rsp), %rax
	movq	%rax, 56(%rsp)
	movq	256(%rsp), %rax
	movq	328(%rsp), %r12
	movq	312(%rsp), %r13
	movq	288(%rsp), %rbp
	movq	%rax, 40(%rsp)
	movq	%r12, %rdi
	shlq	$8, %rdi
	movq	232(%rsp), %rax
	movq	%rax, 48(%rsp)
	movq	144(%rsp), %rax
	movq	200(%rsp), %rbx
	movq	176(%rsp), %r15
	movq	%rax, 8(%rsp)
	callq	malloc@PLT
	movq	%rax, 24(%rsp)
	movq	%r12, 64(%rsp)
	testq	%r12, %r12
	jle	.LBB30_19
	movq	16(%rsp), %rdx
	vmovss	.LCPI30_0(%rip), %xmm0
	vmovss	.LCPI30_1(%rip), %xmm1
	vmovss	.LCPI30_2(%rip), %xmm2
	leaq	(,%r15,4), %r8
	movq	%r15, %rdi
	leaq	28(%r14), %rcx
	shlq	$5, %rdi
	xorl	%r9d, %r9d
	leaq	(%r8,%r8), %r10
	leaq	(,%rdx,4), %rax
	movq	%rax, 32(%rsp)
	movq	24(%rsp), %rax
	leaq	28(%rax), %rsi
	movq	%rdx, %rax
	jmp	.LBB30_2
	.p2align	4
.LBB30_5:
	leaq	(%r14,%r11,4), %r11
	movq	8(%rsp), %rdx
	vbroadcastss	%xmm3, %zmm3
	movq	%r9, %rax
	shlq	$8, %rax
	vmulps	(%r11), %zmm3, %zmm4
	vmulps	64(%r11), %zmm3, %zmm5
	vmulps	128(%r11), %zmm3, %zmm6
	vmulps	192(%r11), %zmm3, %zmm3
	vmulps	(%rdx), %zmm4, %zmm4
	vmulps	64(%rdx), %zmm5, %zmm5
	vmulps	128(%rdx), %zmm6, %zmm6
	vmulps	192(%rdx), %zmm3, %zmm3
	movq	24(%rsp), %rdx
	vmovups	%zmm4, (%rdx,%rax)
	vmovups	%zmm5, 64(%rdx,%rax)
	vmovups	%zmm6, 128(%rdx,%rax)
	vmovups	%zmm3, 192(%rdx,%rax)
.LBB30_6:
	addq	32(%rsp), %rcx
	movq	16(%rsp), %rax
	incq	%r9
	addq	$256, %rsi
	cmpq	64(%rsp), %r9
	je	.LBB30_7
.LBB30_2:
	movq	%r9, %r11
	imulq	%rax, %r11
	vmovss	(%r14,%r11,4), %xmm3
	vmovss	4(%r14,%r11,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	192(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	196(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	200(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	204(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	208(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	212(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	216(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	220(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	224(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	228(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	232(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	236(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	240(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	244(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	248(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	252(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmulss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %r15
	je	.LBB30_5
	movq	8(%rsp), %r11
	xorl	%eax, %eax
	.p2align	4
.LBB30_4:
	vmulss	-28(%rcx,%rax,4), %xmm3, %xmm4
	leaq	(%r11,%r8), %r12
	addq	%r8, %r12
	vmulss	(%r11), %xmm4, %xmm4
	vmovss	%xmm4, -28(%rsi,%rax,4)
	vmulss	-24(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r11,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%rsi,%rax,4)
	vmulss	-20(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r11,%r15,8), %xmm4, %xmm4
	addq	%rdi, %r11
	vmovss	%xmm4, -20(%rsi,%rax,4)
	vmulss	-16(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -16(%rsi,%rax,4)
	vmulss	-12(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,8), %xmm4, %xmm4
	addq	%r10, %r12
	leaq	(%r12,%r15,4), %rdx
	vmovss	%xmm4, -12(%rsi,%rax,4)
	vmulss	-8(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -8(%rsi,%rax,4)
	vmulss	-4(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r8,%rdx), %xmm4, %xmm4
	addq	%r8, %rdx
	vmovss	%xmm4, -4(%rsi,%rax,4)
	vmulss	(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r8,%rdx), %xmm4, %xmm4
	vmovss	%xmm4, (%rsi,%rax,4)
	addq	$8, %rax
	cmpq	$64, %rax
	jne	.LBB30_4
	jmp	.LBB30_6
.LBB30_7:
	movq	56(%rsp), %rax
	movq	48(%rsp), %rcx
	leaq	(,%rbp,4), %r8
	movq	%rbp, %rdi
	shlq	$6, %rdi
	xorl	%esi, %esi
	movq	%r13, %r14
	leaq	(,%rax,4), %rdx
	imulq	$252, %rcx, %rax
	leaq	(,%rcx,4), %r9
	leaq	768(%rbx,%rax), %rax
	movq	%rax, 8(%rsp)
	movq	%r13, %rax
	subq	40(%rsp), %rax
	movq	%rax, 32(%rsp)
	leaq	(%r8,%r8), %rax
	movq	%rdx, 16(%rsp)
	jmp	.LBB30_8
	.p2align	4
.LBB30_18:
	movq	16(%rsp), %rdx
	incq	%rsi
	addq	%rdx, %r14
	cmpq	64(%rsp), %rsi
	je	.LBB30_19
.LBB30_8:
	movq	%rsi, %r15
	imulq	56(%rsp), %r15
	movq	%rdx, %rcx
	imulq	%rsi, %rcx
	cmpq	$1, %rbp
	jne	.LBB30_10
	movq	32(%rsp), %rdx
	addq	%rcx, %rdx
	cmpq	$255, %rdx
	jbe	.LBB30_10
	movq	40(%rsp), %rdx
	vmovups	(%rdx), %zmm0
	vmovups	64(%rdx), %zmm1
	vmovups	128(%rdx), %zmm2
	vmovups	192(%rdx), %zmm3
	vmovups	%zmm0, (%r13,%r15,4)
	vmovups	%zmm1, 64(%r13,%r15,4)
	vmovups	%zmm2, 128(%r13,%r15,4)
	vmovups	%zmm3, 192(%r13,%r15,4)
	vmovups	256(%rdx), %zmm0
	vmovups	320(%rdx), %zmm1
	vmovups	384(%rdx), %zmm2
	vmovups	448(%rdx), %zmm3
	vmovups	%zmm0, 256(%r13,%r15,4)
	vmovups	%zmm1, 320(%r13,%r15,4)
	vmovups	%zmm2, 384(%r13,%r15,4)
	vmovups	%zmm3, 448(%r13,%r15,4)
	vmovups	512(%rdx), %zmm0
	vmovups	576(%rdx), %zmm1
	vmovups	640(%rdx), %zmm2
	vmovups	704(%rdx), %zmm3
	vmovups	%zmm0, 512(%r13,%r15,4)
	vmovups	%zmm1, 576(%r13,%r15,4)
	vmovups	%zmm2, 640(%r13,%r15,4)
	vmovups	%zmm3, 704(%r13,%r15,4)
	jmp	.LBB30_13
	.p2align	4
.LBB30_10:
	movq	40(%rsp), %r10
	movl	$15, %edx
	.p2align	4
.LBB30_11:
	vmovss	(%r10), %xmm0
	leaq	(%r10,%r8), %r12
	addq	%r8, %r12
	vmovss	%xmm0, -60(%r14,%rdx,4)
	vmovss	(%r10,%rbp,4), %xmm0
	vmovss	%xmm0, -56(%r14,%rdx,4)
	vmovss	(%r10,%rbp,8), %xmm0
	addq	%rdi, %r10
	vmovss	%xmm0, -52(%r14,%rdx,4)
	vmovss	(%r12,%rbp,4), %xmm0
	vmovss	%xmm0, -48(%r14,%rdx,4)
	vmovss	(%r12,%rbp,8), %xmm0
	addq	%rax, %r12
	leaq	(%r12,%rbp,4), %r11
	vmovss	%xmm0, -44(%r14,%rdx,4)
	vmovss	(%r12,%rbp,4), %xmm0
	vmovss	%xmm0, -40(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -36(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -32(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -28(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -24(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -20(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -16(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -12(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -8(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -4(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	vmovss	%xmm0, (%r14,%rdx,4)
	addq	$16, %rdx
	cmpq	$207, %rdx
	jne	.LBB30_11
.LBB30_13:
	movq	48(%rsp), %r11
	movq	%rsi, %r10
	shlq	$8, %r10
	leaq	(%r13,%rcx), %rdx
	addq	24(%rsp), %r10
	leaq	768(%r13,%rcx), %rcx
	movq	%rbx, %r12
	shrq	$61, %r11
	andl	$1, %r11d
	cmpq	8(%rsp), %rdx
	setb	%dl
	cmpq	%rcx, %rbx
	setb	%cl
	andb	%dl, %cl
	xorl	%edx, %edx
	orb	%r11b, %cl
	jmp	.LBB30_14
	.p2align	4
.LBB30_20:
	movq	%rdx, %r11
	imulq	48(%rsp), %r11
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	64(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	128(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	192(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	(%r13,%r15,4), %zmm1, %zmm1
	vaddps	64(%r13,%r15,4), %zmm2, %zmm2
	vaddps	128(%r13,%r15,4), %zmm3, %zmm3
	vaddps	192(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, (%r13,%r15,4)
	vmovups	%zmm2, 64(%r13,%r15,4)
	vmovups	%zmm3, 128(%r13,%r15,4)
	vmovups	%zmm4, 192(%r13,%r15,4)
	vmulps	256(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	320(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	384(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	448(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	256(%r13,%r15,4), %zmm1, %zmm1
	vaddps	320(%r13,%r15,4), %zmm2, %zmm2
	vaddps	384(%r13,%r15,4), %zmm3, %zmm3
	vaddps	448(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, 256(%r13,%r15,4)
	vmovups	%zmm2, 320(%r13,%r15,4)
	vmovups	%zmm3, 384(%r13,%r15,4)
	vmovups	%zmm4, 448(%r13,%r15,4)
	vmulps	512(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	576(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	640(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	704(%rbx,%r11,4), %zmm0, %zmm0
	vaddps	512(%r13,%r15,4), %zmm1, %zmm1
	vaddps	576(%r13,%r15,4), %zmm2, %zmm2
	vaddps	640(%r13,%r15,4), %zmm3, %zmm3
	vaddps	704(%r13,%r15,4), %zmm0, %zmm0
	vmovups	%zmm1, 512(%r13,%r15,4)
	vmovups	%zmm2, 576(%r13,%r15,4)
	vmovups	%zmm3, 640(%r13,%r15,4)
	vmovups	%zmm0, 704(%r13,%r15,4)
.LBB30_17:
	incq	%rdx
	addq	%r9, %r12
	cmpq	$64, %rdx
	je	.LBB30_18
.LBB30_14:
	vmovss	(%r10,%rdx,4), %xmm0
	testb	%cl, %cl
	je	.LBB30_20
	movl	$11, %r11d
	.p2align	4
.LBB30_16:
	vmulss	-44(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-44(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%r14,%r11,4)
	vmulss	-40(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-40(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%r14,%r11,4)
	vmulss	-36(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-36(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%r14,%r11,4)
	vmulss	-32(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-32(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%r14,%r11,4)
	vmulss	-28(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-28(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r14,%r11,4)
	vmulss	-24(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-24(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r14,%r11,4)
	vmulss	-20(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-20(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r14,%r11,4)
	vmulss	-16(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-16(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r14,%r11,4)
	vmulss	-12(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-12(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r14,%r11,4)
	vmulss	-8(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-8(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r14,%r11,4)
	vmulss	-4(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-4(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r14,%r11,4)
	vmulss	(%r12,%r11,4), %xmm0, %xmm1
	vaddss	(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r14,%r11,4)
	addq	$12, %r11
	cmpq	$203, %r11
	jne	.LBB30_16
	jmp	.LBB30_17
.LBB30_19:
	movq	24(%rsp), %rdi
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end30:
	.size	k50, .Lfunc_end30-k50

	.globl	_mlir_ciface_k50
	.p2align	4
	.type	_mlir_ciface_k50,@function
_mlir_ciface_k50:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k50@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end31:
	.size	_mlir_ciface_k50, .Lfunc_end31-_mlir_ciface_k50

	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI32_0:
	.zero	8
	.zero	8
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
.LCPI32_1:
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
	.zero	8
	.zero	8
.LCPI32_2:
	.zero	8
	.zero	8
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
.LCPI32_3:
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
	.zero	8
	.zero	8
.LCPI32_4:
	.zero	8
	.zero	8
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
.LCPI32_5:
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
	.zero	8
	.zero	8
.LCPI32_6:
	.zero	8
	.zero	8
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
.LCPI32_7:
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
	.zero	8
	.zero	8
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI32_8:
	.quad	0
	.quad	4
	.quad	8
	.quad	12
.LCPI32_9:
	.quad	1
	.quad	5
	.quad	9
	.quad	13
.LCPI32_10:
	.quad	2
	.quad	6
	.quad	10
	.quad	14
.LCPI32_11:
	.quad	3
	.quad	7
	.quad	11
	.quad	15
	.text
	.globl	k57
	.p2align	4
	.type	k57,@function
k57:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$248, %rsp
	movq	%r9, 64(%rsp)
	movq	%rsi, %r13
	movq	688(%rsp), %rax
	movq	%rax, 208(%rsp)
	movq	656(%rsp), %rax
	movq	672(%rsp), %rbx
	movq	%rax, 200(%rsp)
	movq	%rbx, %r14
	shlq	$8, %r14
	movq	632(%rsp), %rax
	movq	%r14, %rdi
	movq	%rax, 240(%rsp)
	movq	600(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	576(%rsp), %rax
	movq	%rax, 104(%rsp)
	movq	520(%rsp), %rax
	movq	544(%rsp), %rbp
	movq	%rax, 136(%rsp)
	movq	488(%rsp), %rax
	movq	%rax, 128(%rsp)
	movq	464(%rsp), %rax
	movq	%rax, 224(%rsp)
	movq	432(%rsp), %rax
	movq	%rax, 216(%rsp)
	movq	408(%rsp), %rax
	movq	%rax, 88(%rsp)
	movq	376(%rsp), %rax
	movq	%rax, 80(%rsp)
	movq	352(%rsp), %r15
	movq	320(%rsp), %r12
	callq	malloc@PLT
	movq	%r14, %rdi
	movq	%rax, 40(%rsp)
	callq	malloc@PLT
	movq	%rax, 96(%rsp)
	movq	%rbx, 48(%rsp)
	testq	%rbx, %rbx
	jle	.LBB32_14
	movq	40(%rsp), %rax
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edx, %edx
	movq	%rax, 32(%rsp)
	movq	96(%rsp), %rax
	movq	%rax, 8(%rsp)
	jmp	.LBB32_2
	.p2align	4
.LBB32_13:
	movq	72(%rsp), %rdx
	addq	$256, 8(%rsp)
	addq	$256, 32(%rsp)
	incq	%rdx
	cmpq	48(%rsp), %rdx
	je	.LBB32_14
.LBB32_2:
	movl	$2, %eax
	movq	64(%rsp), %r9
	movl	$0, %ecx
	subq	%rdx, %rax
	movq	%rax, %rdi
	cmovbq	%rcx, %rdi
	leaq	1(%rdi), %rsi
	movq	%rdi, %r8
	subq	%rax, %r8
	subq	%rax, %rsi
	leaq	(%rdx,%rdi), %rax
	imulq	%r9, %rsi
	imulq	%r9, %r8
	imulq	%r9, %rax
	movq	%rsi, 24(%rsp)
	movq	%rdx, 72(%rsp)
	xorl	%esi, %esi
	movq	%rax, 16(%rsp)
	jmp	.LBB32_3
	.p2align	4
.LBB32_12:
	movq	88(%rsp), %rdx
	movq	80(%rsp), %r9
	imulq	%rdx, %rcx
	imulq	%rdx, %rax
	imulq	%rdx, %r11
	vaddss	(%r9,%rcx,4), %xmm2, %xmm2
	vaddss	(%r9,%rax,4), %xmm3, %xmm3
	vaddss	(%r9,%r11,4), %xmm1, %xmm1
	movq	8(%rsp), %rcx
	movq	32(%rsp), %rax
	vmulss	%xmm3, %xmm2, %xmm2
	vmovss	%xmm1, (%rcx,%rsi,4)
	vmovss	%xmm2, (%rax,%rsi,4)
	incq	%rsi
	cmpq	$64, %rsi
	je	.LBB32_13
.LBB32_3:
	movq	%rsi, %rcx
	andq	$-8, %rcx
	movl	%esi, %eax
	andl	$7, %eax
	leaq	1(%rdi), %r9
	leaq	(%rcx,%rcx,2), %rdx
	leaq	(%rdx,%rax), %r11
	movq	%r11, %rcx
	imulq	%r15, %rcx
	leaq	(%r13,%r11,4), %rbx
	leaq	(%r12,%rcx,4), %rcx
	vmovss	(%rcx,%rdi,4), %xmm1
	vmulss	(%rbx,%r8,4), %xmm1, %xmm1
	vaddss	%xmm0, %xmm1, %xmm1
	cmpq	$3, %r9
	je	.LBB32_6
	movq	24(%rsp), %r9
	vmovss	4(%rcx,%rdi,4), %xmm2
	vmulss	(%rbx,%r9,4), %xmm2, %xmm2
	leaq	2(%rdi), %r9
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$3, %r9
	je	.LBB32_6
	vmovss	8(%rcx,%rdi,4), %xmm2
	movq	16(%rsp), %rcx
	vmulss	(%rbx,%rcx,4), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
.LBB32_6:
	leaq	8(%rdx,%rax), %rcx
	leaq	(%rdx,%rax), %rbx
	movq	%r13, %r10
	leaq	1(%rdi), %r14
	leaq	32(%r13,%rbx,4), %r13
	movq	%rcx, %r9
	imulq	%r15, %r9
	leaq	(%r12,%r9,4), %r9
	vmovss	(%r9,%rdi,4), %xmm2
	vmulss	(%r13,%r8,4), %xmm2, %xmm2
	vaddss	%xmm0, %xmm2, %xmm2
	cmpq	$3, %r14
	je	.LBB32_9
	movq	24(%rsp), %r14
	vmovss	4(%r9,%rdi,4), %xmm3
	vmulss	(%r13,%r14,4), %xmm3, %xmm3
	leaq	2(%rdi), %r14
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$3, %r14
	je	.LBB32_9
	vmovss	8(%r9,%rdi,4), %xmm3
	movq	16(%rsp), %r9
	vmulss	(%r13,%r9,4), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
.LBB32_9:
	leaq	16(%rdx,%rax), %rax
	leaq	64(%r10,%rbx,4), %r9
	movq	%r10, %r13
	leaq	1(%rdi), %r10
	movq	%rax, %rdx
	imulq	%r15, %rdx
	leaq	(%r12,%rdx,4), %rdx
	vmovss	(%rdx,%rdi,4), %xmm3
	vmulss	(%r9,%r8,4), %xmm3, %xmm3
	vaddss	%xmm0, %xmm3, %xmm3
	cmpq	$3, %r10
	je	.LBB32_12
	movq	24(%rsp), %r10
	vmovss	4(%rdx,%rdi,4), %xmm4
	vmulss	(%r9,%r10,4), %xmm4, %xmm4
	leaq	2(%rdi), %r10
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$3, %r10
	je	.LBB32_12
	vmovss	8(%rdx,%rdi,4), %xmm4
	movq	16(%rsp), %rdx
	vmulss	(%r9,%rdx,4), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	jmp	.LBB32_12
.LBB32_14:
	movl	$1, %edi
	movl	$2048, %esi
	movl	$1, %ebx
	callq	calloc@PLT
	movl	$1, %edi
	movl	$2048, %esi
	movq	%rax, %r15
	callq	calloc@PLT
	movq	48(%rsp), %rdi
	movq	104(%rsp), %r8
	movq	%rax, %r12
	leaq	15(%rdi), %r9
	shrq	$4, %r9
	je	.LBB32_42
	movq	128(%rsp), %rax
	vmovapd	.LCPI32_0(%rip), %zmm17
	vmovapd	.LCPI32_1(%rip), %zmm18
	vmovapd	.LCPI32_2(%rip), %zmm19
	vmovapd	.LCPI32_3(%rip), %zmm3
	vmovapd	.LCPI32_4(%rip), %zmm4
	vmovapd	.LCPI32_5(%rip), %zmm5
	vmovapd	.LCPI32_6(%rip), %zmm6
	vmovapd	.LCPI32_7(%rip), %zmm7
	leaq	(,%r8,4), %r11
	leaq	(,%r8,8), %r13
	movq	%r8, %r10
	shlq	$5, %r10
	vxorpd	%xmm8, %xmm8, %xmm8
	addq	$28, %rax
	movq	%rax, 64(%rsp)
	shlq	$2, 136(%rsp)
	movq	40(%rsp), %rax
	movq	%rax, %rcx
	addq	$32, %rcx
	leaq	4(%rax), %r14
	movq	%rcx, 120(%rsp)
	movl	$16, %ecx
	movq	$0, 56(%rsp)
	movq	%rax, 112(%rsp)
	movq	%r9, 168(%rsp)
	movq	%r10, 160(%rsp)
	movq	%r11, 152(%rsp)
	movq	%r13, 144(%rsp)
	jmp	.LBB32_16
	.p2align	4
.LBB32_41:
	movq	56(%rsp), %rdx
	movq	192(%rsp), %rcx
	addq	$4096, 112(%rsp)
	addq	$4096, 120(%rsp)
	addq	$-16, %rbx
	addq	$4096, %r14
	incq	%rdx
	addq	$16, %rcx
	movq	%rdx, 56(%rsp)
	cmpq	%r9, %rdx
	je	.LBB32_42
.LBB32_16:
	cmpq	%rcx, %rdi
	movq	%rcx, %rax
	cmovbq	%rdi, %rax
	movq	%rax, 16(%rsp)
	movq	%rcx, 192(%rsp)
	cmpq	$1, %r8
	jne	.LBB32_17
	vcvtps2pd	(%rbp), %zmm9
	vcvtps2pd	8(%rbp), %zmm11
	vcvtps2pd	4(%rbp), %zmm10
	vcvtps2pd	12(%rbp), %zmm12
	movb	$-52, %al
	kmovd	%eax, %k1
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 192(%r12)
	vmovupd	%zmm16, 128(%r12)
	vmovupd	%zmm15, 64(%r12)
	vmovupd	%zmm14, (%r12)
	vcvtps2pd	32(%rbp), %zmm9
	vcvtps2pd	40(%rbp), %zmm11
	vcvtps2pd	36(%rbp), %zmm10
	vcvtps2pd	44(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 448(%r12)
	vmovupd	%zmm16, 384(%r12)
	vmovupd	%zmm15, 320(%r12)
	vmovupd	%zmm14, 256(%r12)
	vcvtps2pd	64(%rbp), %zmm9
	vcvtps2pd	72(%rbp), %zmm11
	vcvtps2pd	68(%rbp), %zmm10
	vcvtps2pd	76(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 704(%r12)
	vmovupd	%zmm16, 640(%r12)
	vmovupd	%zmm15, 576(%r12)
	vmovupd	%zmm14, 512(%r12)
	vcvtps2pd	96(%rbp), %zmm9
	vcvtps2pd	104(%rbp), %zmm11
	vcvtps2pd	100(%rbp), %zmm10
	vcvtps2pd	108(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 960(%r12)
	vmovupd	%zmm16, 896(%r12)
	vmovupd	%zmm15, 832(%r12)
	vmovupd	%zmm14, 768(%r12)
	vcvtps2pd	128(%rbp), %zmm9
	vcvtps2pd	136(%rbp), %zmm11
	vcvtps2pd	132(%rbp), %zmm10
	vcvtps2pd	140(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1216(%r12)
	vmovupd	%zmm16, 1152(%r12)
	vmovupd	%zmm15, 1088(%r12)
	vmovupd	%zmm14, 1024(%r12)
	vcvtps2pd	160(%rbp), %zmm9
	vcvtps2pd	168(%rbp), %zmm11
	vcvtps2pd	164(%rbp), %zmm10
	vcvtps2pd	172(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1472(%r12)
	vmovupd	%zmm16, 1408(%r12)
	vmovupd	%zmm15, 1344(%r12)
	vmovupd	%zmm14, 1280(%r12)
	vcvtps2pd	192(%rbp), %zmm9
	vcvtps2pd	200(%rbp), %zmm11
	vcvtps2pd	196(%rbp), %zmm10
	vcvtps2pd	204(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1728(%r12)
	vmovupd	%zmm16, 1664(%r12)
	vmovupd	%zmm15, 1600(%r12)
	vmovupd	%zmm14, 1536(%r12)
	vcvtps2pd	224(%rbp), %zmm9
	vcvtps2pd	232(%rbp), %zmm11
	vcvtps2pd	228(%rbp), %zmm10
	vcvtps2pd	236(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1984(%r12)
	vmovupd	%zmm16, 1920(%r12)
	vmovupd	%zmm15, 1856(%r12)
	vmovupd	%zmm14, 1792(%r12)
	jmp	.LBB32_20
	.p2align	4
.LBB32_17:
	movq	%rbp, %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB32_18:
	vcvtps2pd	(%rax), %ymm9
	leaq	(%rax,%r11), %rdx
	leaq	(%r11,%r11), %rsi
	addq	%r11, %rdx
	addq	%rdx, %rsi
	vmovups	%ymm9, (%r12,%rcx)
	vcvtps2pd	(%rax,%r8,4), %ymm9
	vmovups	%ymm9, 32(%r12,%rcx)
	vcvtps2pd	(%rax,%r8,8), %ymm9
	addq	%r10, %rax
	vmovups	%ymm9, 64(%r12,%rcx)
	vcvtps2pd	(%rdx,%r8,4), %ymm9
	vmovups	%ymm9, 96(%r12,%rcx)
	vcvtps2pd	(%rdx,%r8,8), %ymm9
	leaq	(%rsi,%r8,4), %rdx
	vmovups	%ymm9, 128(%r12,%rcx)
	vcvtps2pd	(%rsi,%r8,4), %ymm9
	vmovups	%ymm9, 160(%r12,%rcx)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, 192(%r12,%rcx)
	vcvtps2pd	(%r11,%rdx), %ymm9
	vmovupd	%ymm9, 224(%r12,%rcx)
	addq	$256, %rcx
	cmpq	$2048, %rcx
	jne	.LBB32_18
.LBB32_20:
	movq	56(%rsp), %rcx
	shlq	$4, %rcx
	leaq	16(%rcx), %rax
	movq	%rcx, 8(%rsp)
	cmpq	%rdi, %rax
	cmovaeq	%rdi, %rax
	cmpq	%rax, %rcx
	jge	.LBB32_41
	movq	%r14, 176(%rsp)
	movq	%rbx, 184(%rsp)
	movl	$1, %r9d
	movq	16(%rsp), %rax
	addq	%rbx, %rax
	movq	%rax, 72(%rsp)
	movq	112(%rsp), %r8
	movq	$0, 24(%rsp)
	movq	8(%rsp), %rcx
	jmp	.LBB32_22
	.p2align	4
.LBB32_33:
	movq	80(%rsp), %rcx
	movq	32(%rsp), %r9
	incq	24(%rsp)
	movq	88(%rsp), %r8
	incq	%rcx
	incq	%r9
	addq	$256, %r8
	cmpq	72(%rsp), %r9
	je	.LBB32_34
.LBB32_22:
	movq	%r9, 32(%rsp)
	movq	%rcx, %rax
	movq	%rcx, %rdi
	movl	%r9d, %esi
	andl	$7, %esi
	andq	$-8, %r9
	shlq	$6, %rdi
	subq	8(%rsp), %rax
	movq	%rcx, 80(%rsp)
	imulq	208(%rsp), %rcx
	movq	200(%rsp), %rdx
	movq	128(%rsp), %r14
	movq	%r8, 88(%rsp)
	movq	64(%rsp), %r13
	leaq	(%rdx,%rcx,4), %r11
	movq	%r8, %rcx
	xorl	%edx, %edx
	jmp	.LBB32_23
	.p2align	4
.LBB32_31:
	vcvtss2sd	%xmm9, %xmm9, %xmm9
.LBB32_32:
	movq	%rdx, %r8
	imulq	240(%rsp), %r8
	movq	232(%rsp), %r10
	movq	%rdx, %rbx
	shlq	$5, %rbx
	addq	$4, %rcx
	vmovupd	(%r12,%rbx), %ymm10
	vmovupd	8(%r15,%rbx), %xmm11
	vmovupd	16(%r12,%rbx), %xmm12
	vmovups	(%r10,%r8,4), %xmm13
	movq	%rdx, %r10
	imulq	104(%rsp), %r10
	movb	$9, %r8b
	kmovd	%r8d, %k1
	movq	40(%rsp), %r8
	vmovupd	(%r15,%rbx), %ymm14 {%k1} {z}
	vmovups	(%rbp,%r10,4), %xmm15
	leaq	(%rdx,%rdi), %r10
	vpermpd	$236, %ymm14, %ymm14
	vmovsd	%xmm14, %xmm11, %xmm1
	vmovsd	%xmm11, %xmm14, %xmm2
	vmovsldup	%xmm15, %xmm16
	vmovshdup	%xmm15, %xmm15
	vcvtps2pd	%xmm15, %ymm15
	vcvtps2pd	%xmm16, %ymm16
	vmulpd	%ymm15, %ymm10, %ymm15
	vmulpd	%ymm16, %ymm10, %ymm0
	vshufpd	$5, %ymm15, %ymm15, %ymm15
	vaddsubpd	%ymm15, %ymm0, %ymm0
	vunpcklpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm1, %xmm15, %xmm1
	vunpckhpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm2, %xmm15, %xmm2
	vshufps	$232, %xmm13, %xmm13, %xmm15
	vshufps	$237, %xmm13, %xmm13, %xmm13
	vcvtps2pd	%xmm15, %xmm15
	vcvtps2pd	%xmm13, %xmm13
	vmovupd	%ymm0, (%r12,%rbx)
	vmovss	(%r8,%r10,4), %xmm0
	movq	%rdx, %r8
	imulq	224(%rsp), %r8
	movq	216(%rsp), %rbx
	vsubpd	%xmm2, %xmm1, %xmm1
	vshufpd	$1, %xmm12, %xmm10, %xmm2
	vmovsd	%xmm10, %xmm12, %xmm10
	vmulpd	%xmm2, %xmm14, %xmm2
	vmulpd	%xmm11, %xmm10, %xmm10
	vmulpd	%xmm1, %xmm15, %xmm1
	vaddpd	%xmm2, %xmm10, %xmm2
	vmulss	(%rbx,%r8,4), %xmm0, %xmm0
	movq	96(%rsp), %r8
	vmulpd	%xmm2, %xmm13, %xmm2
	vsubpd	%xmm2, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm8, %xmm2
	vshufpd	$1, %xmm1, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm1, %xmm9, %xmm1
	vcvtsd2ss	%xmm1, %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	(%r8,%r10,4), %xmm0, %xmm0
	movq	136(%rsp), %r8
	addq	%r8, %r13
	addq	%r8, %r14
	vmovss	%xmm0, (%r11,%rdx,4)
	incq	%rdx
	cmpq	$64, %rdx
	je	.LBB32_33
.LBB32_23:
	movabsq	$9223372036854775806, %r8
	vxorpd	%xmm9, %xmm9, %xmm9
	cmpq	%r8, %rax
	ja	.LBB32_32
	cmpq	$7, 24(%rsp)
	jae	.LBB32_26
	vxorpd	%xmm9, %xmm9, %xmm9
	xorl	%ebx, %ebx
	jmp	.LBB32_29
	.p2align	4
.LBB32_26:
	vxorpd	%xmm9, %xmm9, %xmm9
	movq	%rcx, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB32_27:
	vmovss	-28(%r13,%rbx,4), %xmm10
	vmovss	-24(%r13,%rbx,4), %xmm11
	vmulss	(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmulss	-256(%r10), %xmm11, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-20(%r13,%rbx,4), %xmm10
	vmulss	-512(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-16(%r13,%rbx,4), %xmm10
	vmulss	-768(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-12(%r13,%rbx,4), %xmm10
	vmulss	-1024(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-8(%r13,%rbx,4), %xmm10
	vmulss	-1280(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-4(%r13,%rbx,4), %xmm10
	vmulss	-1536(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	(%r13,%rbx,4), %xmm10
	addq	$8, %rbx
	vmulss	-1792(%r10), %xmm10, %xmm10
	addq	$-2048, %r10
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%rbx, %r9
	jne	.LBB32_27
	testb	$7, 32(%rsp)
	je	.LBB32_31
.LBB32_29:
	leaq	(%r14,%rbx,4), %r10
	shlq	$8, %rbx
	movq	%rcx, %r8
	subq	%rbx, %r8
	xorl	%ebx, %ebx
	.p2align	4
.LBB32_30:
	vmovss	(%r10,%rbx,4), %xmm10
	incq	%rbx
	vmulss	(%r8), %xmm10, %xmm10
	addq	$-256, %r8
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%rbx, %rsi
	jne	.LBB32_30
	jmp	.LBB32_31
	.p2align	4
.LBB32_34:
	movq	176(%rsp), %r14
	movq	120(%rsp), %rsi
	movq	48(%rsp), %rdi
	movq	104(%rsp), %r8
	movq	184(%rsp), %rbx
	movq	168(%rsp), %r9
	movq	160(%rsp), %r10
	movq	152(%rsp), %r11
	movq	144(%rsp), %r13
	movq	%r14, %rcx
	jmp	.LBB32_35
	.p2align	4
.LBB32_40:
	movq	8(%rsp), %rax
	addq	$256, %rcx
	addq	$256, %rsi
	incq	%rax
	movq	%rax, 8(%rsp)
	cmpq	16(%rsp), %rax
	je	.LBB32_41
.LBB32_35:
	cmpq	$1, %r8
	jne	.LBB32_36
	xorl	%eax, %eax
	.p2align	4
.LBB32_39:
	vmovupd	(%r15,%rax,8), %zmm13
	vmovupd	128(%r15,%rax,8), %zmm15
	vmovupd	64(%r15,%rax,8), %zmm14
	vmovupd	192(%r15,%rax,8), %zmm16
	vbroadcasti64x4	.LCPI32_8(%rip), %zmm9
	vbroadcasti64x4	.LCPI32_9(%rip), %zmm25
	vcvtps2pd	(%rbp,%rax), %zmm1
	vcvtps2pd	4(%rbp,%rax), %zmm2
	vbroadcasti64x4	.LCPI32_11(%rip), %zmm23
	vbroadcasti64x4	.LCPI32_10(%rip), %zmm24
	vcvtps2pd	-32(%rsi,%rax), %zmm0
	movb	$-52, %dl
	kmovd	%edx, %k1
	vmovapd	%zmm15, %zmm10
	vmovapd	%zmm13, %zmm11
	vpermt2pd	%zmm16, %zmm9, %zmm10
	vpermt2pd	%zmm14, %zmm9, %zmm11
	vmovapd	%zmm13, %zmm12
	vpermt2pd	%zmm14, %zmm25, %zmm12
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm14, %zmm23, %zmm13
	vpermt2pd	%zmm14, %zmm24, %zmm22
	vshuff64x2	$228, %zmm10, %zmm11, %zmm20
	vmovapd	%zmm15, %zmm11
	vpermt2pd	%zmm16, %zmm25, %zmm11
	vmulpd	%zmm1, %zmm20, %zmm14
	vshuff64x2	$228, %zmm11, %zmm12, %zmm21
	vmovapd	%zmm15, %zmm12
	vpermt2pd	%zmm16, %zmm23, %zmm15
	vpermt2pd	%zmm16, %zmm24, %zmm12
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vcvtps2pd	12(%rbp,%rax), %zmm21
	vmulpd	%zmm2, %zmm20, %zmm2
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vcvtps2pd	8(%rbp,%rax), %zmm15
	vshuff64x2	$228, %zmm12, %zmm22, %zmm22
	vsubpd	%zmm16, %zmm14, %zmm14
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm21, %zmm22, %zmm2
	vmulpd	%zmm15, %zmm22, %zmm16
	vmulpd	%zmm15, %zmm13, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm13, %zmm2, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, (%r15,%rax,8)
	vmovupd	%zmm15, 64(%r15,%rax,8)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 128(%r15,%rax,8)
	vmovupd	%zmm20, 192(%r15,%rax,8)
	vcvtps2pd	(%rsi,%rax), %zmm0
	vmovupd	384(%r15,%rax,8), %zmm16
	vmovupd	320(%r15,%rax,8), %zmm13
	vmovupd	256(%r15,%rax,8), %zmm14
	vmovupd	448(%r15,%rax,8), %zmm15
	vcvtps2pd	32(%rbp,%rax), %zmm1
	vcvtps2pd	36(%rbp,%rax), %zmm2
	vmovapd	%zmm16, %zmm20
	vmovapd	%zmm16, %zmm22
	vpermt2pd	%zmm15, %zmm9, %zmm20
	vpermi2pd	%zmm13, %zmm14, %zmm9
	vpermt2pd	%zmm15, %zmm25, %zmm22
	vpermi2pd	%zmm13, %zmm14, %zmm25
	vmovapd	%zmm16, %zmm21
	vpermt2pd	%zmm15, %zmm24, %zmm21
	vpermi2pd	%zmm13, %zmm14, %zmm24
	vpermt2pd	%zmm15, %zmm23, %zmm16
	vpermt2pd	%zmm13, %zmm23, %zmm14
	vshuff64x2	$228, %zmm20, %zmm9, %zmm9
	vshuff64x2	$228, %zmm22, %zmm25, %zmm10
	vshuff64x2	$228, %zmm21, %zmm24, %zmm11
	vshuff64x2	$228, %zmm16, %zmm14, %zmm12
	vmulpd	%zmm1, %zmm9, %zmm13
	vmulpd	%zmm2, %zmm10, %zmm15
	vmulpd	%zmm2, %zmm9, %zmm2
	vcvtps2pd	40(%rbp,%rax), %zmm9
	vmulpd	%zmm1, %zmm10, %zmm1
	vsubpd	%zmm15, %zmm13, %zmm13
	vcvtps2pd	44(%rbp,%rax), %zmm15
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm9, %zmm11, %zmm10
	vmulpd	%zmm9, %zmm12, %zmm9
	vmulpd	%zmm15, %zmm12, %zmm14
	vmulpd	%zmm15, %zmm11, %zmm2
	vsubpd	%zmm14, %zmm10, %zmm10
	vaddpd	%zmm9, %zmm2, %zmm2
	vaddpd	%zmm0, %zmm13, %zmm9
	vaddpd	%zmm0, %zmm10, %zmm0
	vmovapd	%zmm9, %zmm12
	vpermt2pd	%zmm1, %zmm18, %zmm12
	vmovapd	%zmm9, %zmm11
	vpermt2pd	%zmm1, %zmm3, %zmm11
	vmovapd	%zmm0, %zmm13
	vpermt2pd	%zmm2, %zmm17, %zmm13
	vmovapd	%zmm0, %zmm10
	vmovapd	%zmm0, %zmm14
	vpermt2pd	%zmm2, %zmm19, %zmm10
	vpermt2pd	%zmm2, %zmm6, %zmm14
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm13, %zmm12 {%k1}
	vmovapd	%zmm9, %zmm13
	vpermt2pd	%zmm1, %zmm7, %zmm13
	vpermt2pd	%zmm1, %zmm5, %zmm9
	vmovapd	%zmm10, %zmm11 {%k1}
	vmovupd	%zmm12, 256(%r15,%rax,8)
	vmovupd	%zmm11, 320(%r15,%rax,8)
	vmovapd	%zmm14, %zmm13 {%k1}
	vmovapd	%zmm0, %zmm9 {%k1}
	vmovupd	%zmm9, 384(%r15,%rax,8)
	vmovupd	%zmm13, 448(%r15,%rax,8)
	addq	$64, %rax
	cmpq	$256, %rax
	jne	.LBB32_39
	jmp	.LBB32_40
	.p2align	4
.LBB32_36:
	leaq	12(%rbp), %rax
	xorl	%edx, %edx
	.p2align	4
.LBB32_37:
	vmovss	-4(%rcx,%rdx), %xmm0
	vmovss	-12(%rax), %xmm1
	vmovss	-8(%rax), %xmm2
	vmovsd	(%r15,%rdx,8), %xmm9
	vmovsd	8(%r15,%rdx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, (%r15,%rdx,8)
	vmovsd	%xmm1, 8(%r15,%rdx,8)
	vmovss	-4(%rax), %xmm1
	vmovss	(%rax), %xmm2
	vmovsd	16(%r15,%rdx,8), %xmm9
	vmovsd	24(%r15,%rdx,8), %xmm10
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 16(%r15,%rdx,8)
	vmovss	(%rcx,%rdx), %xmm0
	vmovsd	%xmm1, 24(%r15,%rdx,8)
	vmovss	-12(%rax,%r11), %xmm1
	vmovss	-8(%rax,%r11), %xmm2
	vmovsd	32(%r15,%rdx,8), %xmm9
	vmovsd	40(%r15,%rdx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, 32(%r15,%rdx,8)
	vmovsd	%xmm1, 40(%r15,%rdx,8)
	vmovss	-4(%rax,%r11), %xmm1
	vmovss	(%rax,%r11), %xmm2
	vmovsd	48(%r15,%rdx,8), %xmm9
	vmovsd	56(%r15,%rdx,8), %xmm10
	addq	%r13, %rax
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 48(%r15,%rdx,8)
	vmovsd	%xmm1, 56(%r15,%rdx,8)
	addq	$8, %rdx
	cmpq	$256, %rdx
	jne	.LBB32_37
	jmp	.LBB32_40
.LBB32_42:
	movq	40(%rsp), %rdi
	vzeroupper
	callq	free@PLT
	movq	96(%rsp), %rdi
	callq	free@PLT
	movq	%r15, %rdi
	callq	free@PLT
	movq	%r12, %rdi
	addq	$248, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end32:
	.size	k57, .Lfunc_end32-k57

	.globl	_mlir_ciface_k57
	.p2align	4
	.type	_mlir_ciface_k57,@function
_mlir_ciface_k57:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$424, %rsp
	movq	%r9, %rax
	movq	8(%rdi), %r9
	movq	40(%rdi), %rdi
	movq	%rsi, %r10
	movq	480(%rsp), %rbx
	movq	488(%rsp), %r11
	movq	40(%rcx), %rsi
	movq	8(%rcx), %r15
	movq	8(%r8), %r12
	movq	8(%rdx), %r14
	movq	40(%r8), %r8
	movq	8(%rax), %r13
	movq	%r9, 416(%rsp)
	movq	8(%r10), %r9
	movq	%rdi, 408(%rsp)
	movq	40(%rdx), %rdi
	movq	40(%rax), %rdx
	movq	8(%rbx), %rbp
	movq	40(%r10), %r10
	movq	40(%rbx), %rbx
	movq	8(%r11), %rcx
	movq	24(%r11), %rax
	movq	40(%r11), %r11
	movq	%rsi, 160(%rsp)
	movq	%r13, 240(%rsp)
	movq	%r8, 216(%rsp)
	movq	%r12, 184(%rsp)
	movq	%r15, 128(%rsp)
	movq	%r14, 72(%rsp)
	movq	416(%rsp), %rsi
	movq	%r9, 16(%rsp)
	movq	408(%rsp), %r9
	movq	%r11, 384(%rsp)
	movq	%rax, 368(%rsp)
	movq	%rcx, 352(%rsp)
	movq	%rbx, 328(%rsp)
	movq	%rbp, 296(%rsp)
	movq	%rdx, 272(%rsp)
	movq	%rdi, 104(%rsp)
	movq	%r10, 48(%rsp)
	callq	k57@PLT
	addq	$424, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
.Lfunc_end33:
	.size	_mlir_ciface_k57, .Lfunc_end33-_mlir_ciface_k57

	.globl	k60
	.p2align	4
	.type	k60,@function
k60:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	cmpq	$0, 200(%rsp)
	movq	%r9, -16(%rsp)
	movq	%rsi, -24(%rsp)
	jle	.LBB34_13
	movq	216(%rsp), %rax
	movq	104(%rsp), %rcx
	movq	184(%rsp), %rdx
	movq	72(%rsp), %r11
	movq	160(%rsp), %rdi
	xorl	%r9d, %r9d
	leaq	(,%rax,4), %rbx
	imulq	$252, %rcx, %rax
	movq	%rdx, %rsi
	subq	128(%rsp), %rsi
	leaq	(,%rdi,4), %rbp
	movq	%rdi, %r13
	leaq	60(%rdx), %r12
	shlq	$6, %r13
	movq	%rbx, -32(%rsp)
	leaq	256(%r11,%rax), %rax
	movq	%rax, -40(%rsp)
	leaq	(,%rcx,4), %rax
	leaq	28(%rdx), %rcx
	movq	%rsi, -48(%rsp)
	jmp	.LBB34_2
	.p2align	4
.LBB34_12:
	movq	-32(%rsp), %rbx
	incq	%r9
	addq	%rbx, %r12
	addq	%rbx, %rcx
	cmpq	200(%rsp), %r9
	je	.LBB34_13
.LBB34_2:
	movq	%r9, %r15
	imulq	216(%rsp), %r15
	imulq	%r9, %rbx
	movq	%r9, -8(%rsp)
	cmpq	$1, %rdi
	jne	.LBB34_4
	movq	-48(%rsp), %rsi
	addq	%rbx, %rsi
	cmpq	$255, %rsi
	jbe	.LBB34_4
	movq	128(%rsp), %rsi
	vmovups	(%rsi), %zmm0
	vmovups	64(%rsi), %zmm1
	vmovups	128(%rsi), %zmm2
	vmovups	192(%rsi), %zmm3
	vmovups	%zmm0, (%rdx,%r15,4)
	vmovups	%zmm1, 64(%rdx,%r15,4)
	vmovups	%zmm2, 128(%rdx,%r15,4)
	vmovups	%zmm3, 192(%rdx,%r15,4)
	jmp	.LBB34_7
	.p2align	4
.LBB34_4:
	movq	128(%rsp), %rsi
	leaq	(%rbp,%rbp), %r9
	xorl	%r8d, %r8d
	.p2align	4
.LBB34_5:
	vmovss	(%rsi), %xmm0
	leaq	(%rsi,%rbp), %r10
	addq	%rbp, %r10
	vmovss	%xmm0, -60(%r12,%r8,4)
	vmovss	(%rsi,%rdi,4), %xmm0
	vmovss	%xmm0, -56(%r12,%r8,4)
	vmovss	(%rsi,%rdi,8), %xmm0
	addq	%r13, %rsi
	vmovss	%xmm0, -52(%r12,%r8,4)
	vmovss	(%r10,%rdi,4), %xmm0
	vmovss	%xmm0, -48(%r12,%r8,4)
	vmovss	(%r10,%rdi,8), %xmm0
	addq	%r9, %r10
	leaq	(%r10,%rdi,4), %r14
	vmovss	%xmm0, -44(%r12,%r8,4)
	vmovss	(%r10,%rdi,4), %xmm0
	vmovss	%xmm0, -40(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -36(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -32(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -28(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -24(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -20(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -16(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -12(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -8(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -4(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	vmovss	%xmm0, (%r12,%r8,4)
	addq	$16, %r8
	cmpq	$64, %r8
	jne	.LBB34_5
.LBB34_7:
	movq	104(%rsp), %r10
	movq	-8(%rsp), %r9
	leaq	(%rdx,%rbx), %rsi
	leaq	256(%rdx,%rbx), %r8
	movq	-24(%rsp), %r14
	shrq	$61, %r10
	movq	%r9, %rbx
	imulq	-16(%rsp), %rbx
	andl	$1, %r10d
	cmpq	-40(%rsp), %rsi
	setb	%sil
	cmpq	%r8, %r11
	setb	%r8b
	leaq	(%r14,%rbx,4), %rbx
	xorl	%r14d, %r14d
	andb	%sil, %r8b
	leaq	28(%r11), %rsi
	orb	%r10b, %r8b
	jmp	.LBB34_8
	.p2align	4
.LBB34_14:
	movq	%r14, %r10
	imulq	104(%rsp), %r10
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%r11,%r10,4), %zmm0, %zmm1
	vmulps	64(%r11,%r10,4), %zmm0, %zmm2
	vmulps	128(%r11,%r10,4), %zmm0, %zmm3
	vmulps	192(%r11,%r10,4), %zmm0, %zmm0
	vaddps	(%rdx,%r15,4), %zmm1, %zmm1
	vaddps	64(%rdx,%r15,4), %zmm2, %zmm2
	vaddps	128(%rdx,%r15,4), %zmm3, %zmm3
	vaddps	192(%rdx,%r15,4), %zmm0, %zmm0
	vmovups	%zmm1, (%rdx,%r15,4)
	vmovups	%zmm2, 64(%rdx,%r15,4)
	vmovups	%zmm3, 128(%rdx,%r15,4)
	vmovups	%zmm0, 192(%rdx,%r15,4)
.LBB34_11:
	incq	%r14
	addq	%rax, %rsi
	cmpq	$64, %r14
	je	.LBB34_12
.LBB34_8:
	vmovss	(%rbx,%r14,4), %xmm0
	testb	%r8b, %r8b
	je	.LBB34_14
	xorl	%r10d, %r10d
	.p2align	4
.LBB34_10:
	vmulss	-28(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-28(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%rcx,%r10,4)
	vmulss	-24(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-24(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%rcx,%r10,4)
	vmulss	-20(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-20(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%rcx,%r10,4)
	vmulss	-16(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-16(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%rcx,%r10,4)
	vmulss	-12(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-12(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%rcx,%r10,4)
	vmulss	-8(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-8(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%rcx,%r10,4)
	vmulss	-4(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-4(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%rcx,%r10,4)
	vmulss	(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, (%rcx,%r10,4)
	addq	$8, %r10
	cmpq	$64, %r10
	jne	.LBB34_10
	jmp	.LBB34_11
.LBB34_13:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end34:
	.size	k60, .Lfunc_end34-k60

	.globl	_mlir_ciface_k60
	.p2align	4
	.type	_mlir_ciface_k60,@function
_mlir_ciface_k60:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	24(%rcx), %rax
	movq	%rax, -8(%rsp)
	testq	%rax, %rax
	jle	.LBB35_13
	movq	8(%rdi), %rax
	movq	40(%rdi), %rdi
	movq	8(%rsi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rcx), %r11
	movq	%rax, -16(%rsp)
	movq	40(%rcx), %rax
	movq	%rdi, -24(%rsp)
	movq	8(%rdx), %rdi
	movq	40(%rdx), %rdx
	leaq	(,%rsi,4), %r15
	movq	%r11, %rcx
	leaq	60(%r11), %r12
	leaq	28(%r11), %r8
	leaq	(,%rax,4), %rbx
	movq	%rax, -32(%rsp)
	imulq	$252, %rsi, %rax
	leaq	(,%rdx,4), %rbp
	movq	%rdx, %r13
	subq	%rdi, %rcx
	shlq	$6, %r13
	movq	%rdi, -72(%rsp)
	xorl	%edi, %edi
	movq	%rcx, -56(%rsp)
	movq	%rbx, -40(%rsp)
	leaq	256(%r9,%rax), %rax
	movq	%rax, -48(%rsp)
	jmp	.LBB35_2
	.p2align	4
.LBB35_12:
	movq	-64(%rsp), %rdi
	movq	-40(%rsp), %rbx
	incq	%rdi
	addq	%rbx, %r12
	addq	%rbx, %r8
	cmpq	-8(%rsp), %rdi
	je	.LBB35_13
.LBB35_2:
	imulq	%rdi, %rbx
	movq	%rdi, -64(%rsp)
	imulq	-32(%rsp), %rdi
	cmpq	$1, %rdx
	jne	.LBB35_4
	movq	-56(%rsp), %rax
	addq	%rbx, %rax
	cmpq	$255, %rax
	jbe	.LBB35_4
	movq	-72(%rsp), %rax
	vmovups	(%rax), %zmm0
	vmovups	64(%rax), %zmm1
	vmovups	128(%rax), %zmm2
	vmovups	192(%rax), %zmm3
	vmovups	%zmm0, (%r11,%rdi,4)
	vmovups	%zmm1, 64(%r11,%rdi,4)
	vmovups	%zmm2, 128(%r11,%rdi,4)
	vmovups	%zmm3, 192(%r11,%rdi,4)
	jmp	.LBB35_7
	.p2align	4
.LBB35_4:
	movq	-72(%rsp), %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB35_5:
	vmovss	(%rax), %xmm0
	leaq	(%rax,%rbp), %r10
	leaq	(%rbp,%rbp), %r14
	addq	%rbp, %r10
	addq	%r10, %r14
	vmovss	%xmm0, -60(%r12,%rcx,4)
	vmovss	(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, -56(%r12,%rcx,4)
	vmovss	(%rax,%rdx,8), %xmm0
	addq	%r13, %rax
	vmovss	%xmm0, -52(%r12,%rcx,4)
	vmovss	(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -48(%r12,%rcx,4)
	vmovss	(%r10,%rdx,8), %xmm0
	leaq	(%r14,%rdx,4), %r10
	vmovss	%xmm0, -44(%r12,%rcx,4)
	vmovss	(%r14,%rdx,4), %xmm0
	vmovss	%xmm0, -40(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -36(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -32(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -28(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -24(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -20(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -16(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -12(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -8(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -4(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	vmovss	%xmm0, (%r12,%rcx,4)
	addq	$16, %rcx
	cmpq	$64, %rcx
	jne	.LBB35_5
.LBB35_7:
	movq	%rsi, %r10
	shrq	$61, %r10
	leaq	(%r11,%rbx), %rax
	leaq	256(%r11,%rbx), %rcx
	movq	-64(%rsp), %rbx
	movq	-16(%rsp), %r14
	imulq	-24(%rsp), %rbx
	andl	$1, %r10d
	cmpq	-48(%rsp), %rax
	setb	%al
	cmpq	%rcx, %r9
	setb	%cl
	andb	%al, %cl
	leaq	(%r14,%rbx,4), %rbx
	leaq	28(%r9), %rax
	orb	%r10b, %cl
	xorl	%r10d, %r10d
	jmp	.LBB35_8
	.p2align	4
.LBB35_14:
	movq	%r10, %r14
	imulq	%rsi, %r14
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%r9,%r14,4), %zmm0, %zmm1
	vmulps	64(%r9,%r14,4), %zmm0, %zmm2
	vmulps	128(%r9,%r14,4), %zmm0, %zmm3
	vmulps	192(%r9,%r14,4), %zmm0, %zmm0
	vaddps	(%r11,%rdi,4), %zmm1, %zmm1
	vaddps	64(%r11,%rdi,4), %zmm2, %zmm2
	vaddps	128(%r11,%rdi,4), %zmm3, %zmm3
	vaddps	192(%r11,%rdi,4), %zmm0, %zmm0
	vmovups	%zmm1, (%r11,%rdi,4)
	vmovups	%zmm2, 64(%r11,%rdi,4)
	vmovups	%zmm3, 128(%r11,%rdi,4)
	vmovups	%zmm0, 192(%r11,%rdi,4)
.LBB35_11:
	incq	%r10
	addq	%r15, %rax
	cmpq	$64, %r10
	je	.LBB35_12
.LBB35_8:
	vmovss	(%rbx,%r10,4), %xmm0
	testb	%cl, %cl
	je	.LBB35_14
	xorl	%r14d, %r14d
	.p2align	4
.LBB35_10:
	vmulss	-28(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-28(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r8,%r14,4)
	vmulss	-24(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-24(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r8,%r14,4)
	vmulss	-20(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-20(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r8,%r14,4)
	vmulss	-16(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-16(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r8,%r14,4)
	vmulss	-12(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-12(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r8,%r14,4)
	vmulss	-8(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-8(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r8,%r14,4)
	vmulss	-4(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-4(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r8,%r14,4)
	vmulss	(%rax,%r14,4), %xmm0, %xmm1
	vaddss	(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%r14,4)
	addq	$8, %r14
	cmpq	$64, %r14
	jne	.LBB35_10
	jmp	.LBB35_11
.LBB35_13:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end35:
	.size	_mlir_ciface_k60, .Lfunc_end35-_mlir_ciface_k60

	.globl	k61
	.p2align	4
	.type	k61,@function
k61:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	144(%rsp), %rdi
	movq	%r9, -8(%rsp)
	testq	%rdi, %rdi
	jle	.LBB36_6
	movq	160(%rsp), %rax
	movq	128(%rsp), %rdx
	leaq	-1(%rdi), %rcx
	movq	104(%rsp), %r12
	movq	72(%rsp), %r8
	movq	%rax, %r10
	imulq	%rcx, %r10
	leaq	60(%r8), %r15
	leaq	60(%rdx), %r13
	leaq	256(%rdx,%r10,4), %r11
	leaq	(,%rax,4), %r10
	movq	-8(%rsp), %rax
	movq	%rax, %rbx
	imulq	%rcx, %rbx
	imulq	%r12, %rcx
	movq	%rax, %r14
	leaq	(,%rax,4), %r9
	leaq	256(%rsi,%rbx,4), %rbx
	leaq	256(%r8,%rcx,4), %rcx
	cmpq	%rbx, %rdx
	setb	%bl
	cmpq	%r11, %rsi
	setb	%bpl
	andb	%bl, %bpl
	testq	%r10, %r10
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%rcx, %rdx
	setb	%cl
	cmpq	%r11, %r8
	movq	%r12, %r11
	leaq	(,%r12,4), %r12
	setb	%bpl
	shrq	$61, %r11
	xorl	%eax, %eax
	andl	$1, %r11d
	andb	%cl, %bpl
	orb	%bl, %r11b
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rsi), %r14
	jmp	.LBB36_2
	.p2align	4
.LBB36_7:
	movq	%rax, %rcx
	imulq	-8(%rsp), %rcx
	movq	%rax, %rbp
	imulq	104(%rsp), %rbp
	movq	%r10, %rbx
	movq	%rdi, %r10
	movq	%rax, %rdi
	imulq	160(%rsp), %rdi
	vmovups	(%rsi,%rcx,4), %zmm0
	vmovups	64(%rsi,%rcx,4), %zmm1
	vmovups	128(%rsi,%rcx,4), %zmm2
	vmovups	192(%rsi,%rcx,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%rdx,%rdi,4)
	vmovups	%zmm1, 64(%rdx,%rdi,4)
	vmovups	%zmm2, 128(%rdx,%rdi,4)
	vmovups	%zmm3, 192(%rdx,%rdi,4)
	movq	%r10, %rdi
	movq	%rbx, %r10
.LBB36_5:
	incq	%rax
	addq	%r9, %r14
	addq	%r12, %r15
	addq	%r10, %r13
	cmpq	%rdi, %rax
	je	.LBB36_6
.LBB36_2:
	testb	%r11b, %r11b
	je	.LBB36_7
	xorl	%ecx, %ecx
	.p2align	4
.LBB36_4:
	vmovss	-60(%r14,%rcx,4), %xmm0
	vaddss	-60(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%rcx,4)
	vmovss	-56(%r14,%rcx,4), %xmm0
	vaddss	-56(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%rcx,4)
	vmovss	-52(%r14,%rcx,4), %xmm0
	vaddss	-52(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%rcx,4)
	vmovss	-48(%r14,%rcx,4), %xmm0
	vaddss	-48(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%rcx,4)
	vmovss	-44(%r14,%rcx,4), %xmm0
	vaddss	-44(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%rcx,4)
	vmovss	-40(%r14,%rcx,4), %xmm0
	vaddss	-40(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%rcx,4)
	vmovss	-36(%r14,%rcx,4), %xmm0
	vaddss	-36(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%rcx,4)
	vmovss	-32(%r14,%rcx,4), %xmm0
	vaddss	-32(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%rcx,4)
	vmovss	-28(%r14,%rcx,4), %xmm0
	vaddss	-28(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%rcx,4)
	vmovss	-24(%r14,%rcx,4), %xmm0
	vaddss	-24(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%rcx,4)
	vmovss	-20(%r14,%rcx,4), %xmm0
	vaddss	-20(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%rcx,4)
	vmovss	-16(%r14,%rcx,4), %xmm0
	vaddss	-16(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%rcx,4)
	vmovss	-12(%r14,%rcx,4), %xmm0
	vaddss	-12(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%rcx,4)
	vmovss	-8(%r14,%rcx,4), %xmm0
	vaddss	-8(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%rcx,4)
	vmovss	-4(%r14,%rcx,4), %xmm0
	vaddss	-4(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%rcx,4)
	vmovss	(%r14,%rcx,4), %xmm0
	vaddss	(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%rcx,4)
	addq	$16, %rcx
	cmpq	$64, %rcx
	jne	.LBB36_4
	jmp	.LBB36_5
.LBB36_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end36:
	.size	k61, .Lfunc_end36-k61

	.globl	_mlir_ciface_k61
	.p2align	4
	.type	_mlir_ciface_k61,@function
_mlir_ciface_k61:
	movq	24(%rdx), %rax
	testq	%rax, %rax
	jle	.LBB37_7
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	8(%rdi), %rcx
	movq	40(%rdi), %rdi
	movq	8(%rdx), %r9
	movq	40(%rdx), %rdx
	leaq	-1(%rax), %r10
	movq	40(%rsi), %r13
	movq	8(%rsi), %r8
	movq	%rdi, %rbx
	imulq	%r10, %rbx
	movq	%rdx, %r11
	imulq	%r10, %r11
	imulq	%r13, %r10
	movq	%rdx, -8(%rsp)
	leaq	(,%rdx,4), %rdx
	movq	%rdi, %r14
	leaq	(,%r13,4), %r12
	leaq	60(%r8), %r15
	movq	%r13, -24(%rsp)
	movq	%rdi, -16(%rsp)
	leaq	256(%rcx,%rbx,4), %rbx
	leaq	256(%r9,%r11,4), %r11
	leaq	256(%r8,%r10,4), %r10
	cmpq	%rbx, %r9
	setb	%bl
	cmpq	%r11, %rcx
	setb	%bpl
	andb	%bl, %bpl
	testq	%rdx, %rdx
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%r10, %r9
	setb	%r10b
	cmpq	%r11, %r8
	movq	%r13, %r11
	leaq	60(%r9), %r13
	setb	%bpl
	shrq	$61, %r11
	andl	$1, %r11d
	andb	%r10b, %bpl
	orb	%bl, %r11b
	leaq	(,%rdi,4), %rbx
	xorl	%edi, %edi
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rcx), %r14
	jmp	.LBB37_2
	.p2align	4
.LBB37_8:
	movq	%rdi, %r10
	imulq	-16(%rsp), %r10
	movq	%rdi, %rbp
	imulq	-24(%rsp), %rbp
	movq	%rbx, %rsi
	movq	%rdx, %rbx
	movq	%rdi, %rdx
	imulq	-8(%rsp), %rdx
	vmovups	(%rcx,%r10,4), %zmm0
	vmovups	64(%rcx,%r10,4), %zmm1
	vmovups	128(%rcx,%r10,4), %zmm2
	vmovups	192(%rcx,%r10,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%r9,%rdx,4)
	vmovups	%zmm1, 64(%r9,%rdx,4)
	vmovups	%zmm2, 128(%r9,%rdx,4)
	vmovups	%zmm3, 192(%r9,%rdx,4)
	movq	%rbx, %rdx
	movq	%rsi, %rbx
.LBB37_5:
	incq	%rdi
	addq	%rbx, %r14
	addq	%r12, %r15
	addq	%rdx, %r13
	cmpq	%rax, %rdi
	je	.LBB37_6
.LBB37_2:
	testb	%r11b, %r11b
	je	.LBB37_8
	xorl	%r10d, %r10d
	.p2align	4
.LBB37_4:
	vmovss	-60(%r14,%r10,4), %xmm0
	vaddss	-60(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%r10,4)
	vmovss	-56(%r14,%r10,4), %xmm0
	vaddss	-56(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%r10,4)
	vmovss	-52(%r14,%r10,4), %xmm0
	vaddss	-52(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%r10,4)
	vmovss	-48(%r14,%r10,4), %xmm0
	vaddss	-48(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%r10,4)
	vmovss	-44(%r14,%r10,4), %xmm0
	vaddss	-44(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%r10,4)
	vmovss	-40(%r14,%r10,4), %xmm0
	vaddss	-40(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%r10,4)
	vmovss	-36(%r14,%r10,4), %xmm0
	vaddss	-36(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%r10,4)
	vmovss	-32(%r14,%r10,4), %xmm0
	vaddss	-32(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%r10,4)
	vmovss	-28(%r14,%r10,4), %xmm0
	vaddss	-28(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%r10,4)
	vmovss	-24(%r14,%r10,4), %xmm0
	vaddss	-24(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%r10,4)
	vmovss	-20(%r14,%r10,4), %xmm0
	vaddss	-20(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%r10,4)
	vmovss	-16(%r14,%r10,4), %xmm0
	vaddss	-16(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%r10,4)
	vmovss	-12(%r14,%r10,4), %xmm0
	vaddss	-12(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%r10,4)
	vmovss	-8(%r14,%r10,4), %xmm0
	vaddss	-8(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%r10,4)
	vmovss	-4(%r14,%r10,4), %xmm0
	vaddss	-4(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%r10,4)
	vmovss	(%r14,%r10,4), %xmm0
	vaddss	(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%r10,4)
	addq	$16, %r10
	cmpq	$64, %r10
	jne	.LBB37_4
	jmp	.LBB37_5
.LBB37_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
.LBB37_7:
	vzeroupper
	retq
.Lfunc_end37:
	.size	_mlir_ciface_k61, .Lfunc_end37-_mlir_ciface_k61

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI38_0:
	.long	0x3c800000
.LCPI38_1:
	.long	0x3727c5ac
.LCPI38_2:
	.long	0x3f800000
	.text
	.globl	k65
	.p2align	4
	.type	k65,@function
k65:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$248, %rsp
	movq	%r9, 176(%rsp)
	movq	%rsi, %r15
	movq	520(%rsp), %rax
	movq	%rax, 16(%rsp)
	movq	504(%rsp), %rdi
	movq	%rdi, 40(%rsp)
	shlq	$8, %rdi
	movq	464(%rsp), %rax
	movq	488(%rsp), %rbp
	movq	%rax, 112(%rsp)
	movq	376(%rsp), %rax
	movq	432(%rsp), %rbx
	movq	408(%rsp), %r13
	movq	%rax, 104(%rsp)
	movq	320(%rsp), %rax
	movq	352(%rsp), %r14
	movq	%rax, 48(%rsp)
	movq	%rdi, 88(%rsp)
	callq	malloc@PLT
	cmpq	$0, 40(%rsp)
	movq	%rax, %r12
	jle	.LBB38_23
	vmovss	.LCPI38_0(%rip), %xmm0
	vmovss	.LCPI38_1(%rip), %xmm1
	vmovss	.LCPI38_2(%rip), %xmm2
	movq	176(%rsp), %r10
	leaq	(,%r14,4), %rdi
	movq	%r14, %rsi
	leaq	28(%r15), %rax
	leaq	28(%r12), %rdx
	shlq	$5, %rsi
	xorl	%r8d, %r8d
	leaq	(%rdi,%rdi), %r9
	leaq	(,%r10,4), %rcx
	movq	%rcx, (%rsp)
	movq	%r10, %rcx
	movq	%r12, 96(%rsp)
	jmp	.LBB38_2
	.p2align	4
.LBB38_24:
	leaq	(%r15,%r10,4), %r10
	movq	48(%rsp), %rcx
	vbroadcastss	%xmm3, %zmm3
	movq	%r8, %r11
	shlq	$8, %r11
	vmulps	(%r10), %zmm3, %zmm4
	vmulps	64(%r10), %zmm3, %zmm5
	vmulps	128(%r10), %zmm3, %zmm6
	vmulps	192(%r10), %zmm3, %zmm3
	vmulps	(%rcx), %zmm4, %zmm4
	vmulps	64(%rcx), %zmm5, %zmm5
	vmulps	128(%rcx), %zmm6, %zmm6
	vmulps	192(%rcx), %zmm3, %zmm3
	vmovups	%zmm4, (%r12,%r11)
	vmovups	%zmm5, 64(%r12,%r11)
	vmovups	%zmm6, 128(%r12,%r11)
	vmovups	%zmm3, 192(%r12,%r11)
.LBB38_5:
	addq	(%rsp), %rax
	movq	96(%rsp), %r12
	movq	176(%rsp), %rcx
	incq	%r8
	addq	$256, %rdx
	cmpq	40(%rsp), %r8
	je	.LBB38_6
.LBB38_2:
	movq	%r8, %r10
	imulq	%rcx, %r10
	vmovss	(%r15,%r10,4), %xmm3
	vmovss	4(%r15,%r10,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	192(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	196(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	200(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	204(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	208(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	212(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	216(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	220(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	224(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	228(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	232(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	236(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	240(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	244(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	248(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	252(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmulss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %r14
	je	.LBB38_24
	movq	48(%rsp), %r10
	xorl	%r11d, %r11d
	.p2align	4
.LBB38_4:
	vmulss	-28(%rax,%r11,4), %xmm3, %xmm4
	leaq	(%r10,%rdi), %rcx
	addq	%rdi, %rcx
	vmulss	(%r10), %xmm4, %xmm4
	vmovss	%xmm4, -28(%rdx,%r11,4)
	vmulss	-24(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%r10,%r14,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%rdx,%r11,4)
	vmulss	-20(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%r10,%r14,8), %xmm4, %xmm4
	addq	%rsi, %r10
	vmovss	%xmm4, -20(%rdx,%r11,4)
	vmulss	-16(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r14,4), %xmm4, %xmm4
	vmovss	%xmm4, -16(%rdx,%r11,4)
	vmulss	-12(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r14,8), %xmm4, %xmm4
	addq	%r9, %rcx
	leaq	(%rcx,%r14,4), %r12
	vmovss	%xmm4, -12(%rdx,%r11,4)
	vmulss	-8(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r14,4), %xmm4, %xmm4
	vmovss	%xmm4, -8(%rdx,%r11,4)
	vmulss	-4(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rdi,%r12), %xmm4, %xmm4
	addq	%rdi, %r12
	vmovss	%xmm4, -4(%rdx,%r11,4)
	vmulss	(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rdi,%r12), %xmm4, %xmm4
	vmovss	%xmm4, (%rdx,%r11,4)
	addq	$8, %r11
	cmpq	$64, %r11
	jne	.LBB38_4
	jmp	.LBB38_5
.LBB38_6:
	movq	88(%rsp), %rax
	leaq	(%rax,%rax,2), %rdi
	vzeroupper
	callq	malloc@PLT
	movq	104(%rsp), %r8
	shlq	$2, %r13
	movq	%rax, %r14
	xorl	%eax, %eax
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r12, %rcx
	addq	$704, %r8
	.p2align	4
.LBB38_7:
	leaq	(%rax,%rax,2), %rsi
	xorl	%edi, %edi
	shlq	$8, %rsi
	vmovups	%zmm0, (%r14,%rsi)
	vmovups	%zmm0, 64(%r14,%rsi)
	vmovups	%zmm0, 128(%r14,%rsi)
	vmovups	%zmm0, 192(%r14,%rsi)
	vmovups	%zmm0, 256(%r14,%rsi)
	vmovups	%zmm0, 320(%r14,%rsi)
	vmovups	%zmm0, 384(%r14,%rsi)
	vmovups	%zmm0, 448(%r14,%rsi)
	vmovups	%zmm0, 512(%r14,%rsi)
	vmovups	%zmm0, 576(%r14,%rsi)
	vmovups	%zmm0, 640(%r14,%rsi)
	vmovups	%zmm0, 704(%r14,%rsi)
	leaq	(%r14,%rsi), %rdx
	vmovups	(%r14,%rsi), %zmm12
	vmovups	64(%r14,%rsi), %zmm11
	vmovups	128(%r14,%rsi), %zmm10
	vmovups	192(%r14,%rsi), %zmm9
	vmovups	256(%r14,%rsi), %zmm8
	vmovups	320(%r14,%rsi), %zmm7
	vmovups	384(%r14,%rsi), %zmm6
	vmovups	448(%r14,%rsi), %zmm5
	vmovups	512(%r14,%rsi), %zmm4
	vmovups	576(%r14,%rsi), %zmm3
	vmovups	640(%r14,%rsi), %zmm2
	vmovups	704(%r14,%rsi), %zmm1
	movq	%r8, %rsi
	.p2align	4
.LBB38_8:
	vbroadcastss	(%rcx,%rdi,4), %zmm13
	incq	%rdi
	vmulps	-640(%rsi), %zmm13, %zmm16
	vmulps	-576(%rsi), %zmm13, %zmm15
	vmulps	-704(%rsi), %zmm13, %zmm14
	vaddps	%zmm16, %zmm11, %zmm11
	vaddps	%zmm15, %zmm10, %zmm10
	vmulps	-512(%rsi), %zmm13, %zmm16
	vmulps	-448(%rsi), %zmm13, %zmm15
	vaddps	%zmm14, %zmm12, %zmm12
	vaddps	%zmm16, %zmm9, %zmm9
	vaddps	%zmm15, %zmm8, %zmm8
	vmulps	-384(%rsi), %zmm13, %zmm16
	vmulps	-320(%rsi), %zmm13, %zmm15
	vaddps	%zmm16, %zmm7, %zmm7
	vaddps	%zmm15, %zmm6, %zmm6
	vmulps	-256(%rsi), %zmm13, %zmm16
	vmulps	-192(%rsi), %zmm13, %zmm15
	vaddps	%zmm16, %zmm5, %zmm5
	vaddps	%zmm15, %zmm4, %zmm4
	vmulps	-128(%rsi), %zmm13, %zmm16
	vmulps	-64(%rsi), %zmm13, %zmm15
	vmulps	(%rsi), %zmm13, %zmm13
	addq	%r13, %rsi
	vaddps	%zmm16, %zmm3, %zmm3
	vaddps	%zmm15, %zmm2, %zmm2
	vaddps	%zmm13, %zmm1, %zmm1
	cmpq	$64, %rdi
	jne	.LBB38_8
	incq	%rax
	addq	$256, %rcx
	vmovups	%zmm12, (%rdx)
	vmovups	%zmm11, 64(%rdx)
	vmovups	%zmm10, 128(%rdx)
	vmovups	%zmm9, 192(%rdx)
	vmovups	%zmm8, 256(%rdx)
	vmovups	%zmm7, 320(%rdx)
	vmovups	%zmm6, 384(%rdx)
	vmovups	%zmm5, 448(%rdx)
	vmovups	%zmm4, 512(%rdx)
	vmovups	%zmm3, 576(%rdx)
	vmovups	%zmm2, 640(%rdx)
	vmovups	%zmm1, 704(%rdx)
	cmpq	40(%rsp), %rax
	jne	.LBB38_7
	movq	16(%rsp), %rax
	movq	112(%rsp), %rsi
	xorl	%edx, %edx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rbp, %rdi
	leaq	(,%rax,4), %r15
	imulq	$252, %rsi, %rax
	leaq	(,%rsi,4), %rcx
	shrq	$61, %rsi
	andl	$1, %esi
	leaq	768(%rbx,%rax), %rax
	movq	%rax, 176(%rsp)
	jmp	.LBB38_11
	.p2align	4
.LBB38_16:
	incq	%rdx
	addq	%r15, %rdi
	cmpq	40(%rsp), %rdx
	je	.LBB38_17
.LBB38_11:
	movq	%r15, %rax
	imulq	%rdx, %rax
	movq	%rdx, %r8
	shlq	$8, %r8
	movq	%rdx, %r9
	imulq	16(%rsp), %r9
	addq	%r12, %r8
	leaq	(%rbp,%rax), %r10
	cmpq	176(%rsp), %r10
	leaq	768(%rbp,%rax), %r11
	vmovups	%zmm0, 704(%rbp,%rax)
	vmovups	%zmm0, 640(%rbp,%rax)
	vmovups	%zmm0, 576(%rbp,%rax)
	vmovups	%zmm0, 512(%rbp,%rax)
	vmovups	%zmm0, 448(%rbp,%rax)
	vmovups	%zmm0, 384(%rbp,%rax)
	vmovups	%zmm0, 320(%rbp,%rax)
	vmovups	%zmm0, 256(%rbp,%rax)
	vmovups	%zmm0, 192(%rbp,%rax)
	vmovups	%zmm0, 128(%rbp,%rax)
	vmovups	%zmm0, 64(%rbp,%rax)
	vmovups	%zmm0, (%rbp,%rax)
	setb	%al
	cmpq	%r11, %rbx
	movq	%rbx, %r11
	setb	%r10b
	xorl	%r13d, %r13d
	andb	%al, %r10b
	orb	%sil, %r10b
	jmp	.LBB38_12
	.p2align	4
.LBB38_25:
	movq	%r13, %rax
	imulq	112(%rsp), %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	64(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	128(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	192(%rbx,%rax,4), %zmm1, %zmm5
	vaddps	(%rbp,%r9,4), %zmm2, %zmm2
	vaddps	64(%rbp,%r9,4), %zmm3, %zmm3
	vaddps	128(%rbp,%r9,4), %zmm4, %zmm4
	vaddps	192(%rbp,%r9,4), %zmm5, %zmm5
	vmovups	%zmm2, (%rbp,%r9,4)
	vmovups	%zmm3, 64(%rbp,%r9,4)
	vmovups	%zmm4, 128(%rbp,%r9,4)
	vmovups	%zmm5, 192(%rbp,%r9,4)
	vmulps	256(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	320(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	384(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	448(%rbx,%rax,4), %zmm1, %zmm5
	vaddps	256(%rbp,%r9,4), %zmm2, %zmm2
	vaddps	320(%rbp,%r9,4), %zmm3, %zmm3
	vaddps	384(%rbp,%r9,4), %zmm4, %zmm4
	vaddps	448(%rbp,%r9,4), %zmm5, %zmm5
	vmovups	%zmm2, 256(%rbp,%r9,4)
	vmovups	%zmm3, 320(%rbp,%r9,4)
	vmovups	%zmm4, 384(%rbp,%r9,4)
	vmovups	%zmm5, 448(%rbp,%r9,4)
	vmulps	512(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	576(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	640(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	704(%rbx,%rax,4), %zmm1, %zmm1
	vaddps	512(%rbp,%r9,4), %zmm2, %zmm2
	vaddps	576(%rbp,%r9,4), %zmm3, %zmm3
	vaddps	640(%rbp,%r9,4), %zmm4, %zmm4
	vaddps	704(%rbp,%r9,4), %zmm1, %zmm1
	vmovups	%zmm2, 512(%rbp,%r9,4)
	vmovups	%zmm3, 576(%rbp,%r9,4)
	vmovups	%zmm4, 640(%rbp,%r9,4)
	vmovups	%zmm1, 704(%rbp,%r9,4)
.LBB38_15:
	incq	%r13
	addq	%rcx, %r11
	cmpq	$64, %r13
	je	.LBB38_16
.LBB38_12:
	vmovss	(%r8,%r13,4), %xmm1
	testb	%r10b, %r10b
	je	.LBB38_25
	movl	$11, %eax
	.p2align	4
.LBB38_14:
	vmulss	-44(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-44(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%rdi,%rax,4)
	vmulss	-40(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-40(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%rdi,%rax,4)
	vmulss	-36(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-36(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%rdi,%rax,4)
	vmulss	-32(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-32(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%rdi,%rax,4)
	vmulss	-28(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-28(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%rdi,%rax,4)
	vmulss	-24(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-24(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%rdi,%rax,4)
	vmulss	-20(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-20(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%rdi,%rax,4)
	vmulss	-16(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-16(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%rdi,%rax,4)
	vmulss	-12(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-12(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%rdi,%rax,4)
	vmulss	-8(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-8(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%rdi,%rax,4)
	vmulss	-4(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-4(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%rdi,%rax,4)
	vmulss	(%r11,%rax,4), %xmm1, %xmm2
	vaddss	(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rdi,%rax,4)
	addq	$12, %rax
	cmpq	$203, %rax
	jne	.LBB38_14
	jmp	.LBB38_15
.LBB38_17:
	xorl	%ebx, %ebx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r14, %r12
	.p2align	4
.LBB38_18:
	xorl	%r13d, %r13d
	.p2align	4
.LBB38_19:
	vmovups	(%r12,%r13,4), %zmm1
	vsubps	%zmm1, %zmm0, %zmm0
	vmovups	%zmm1, 176(%rsp)
	vmovups	%zmm0, 112(%rsp)
	vextractf32x4	$3, %zmm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 48(%rsp)
	vmovshdup	16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	48(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 48(%rsp)
	vpermilpd	$1, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	48(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 48(%rsp)
	vpermilps	$255, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	48(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 48(%rsp)
	vmovups	112(%rsp), %zmm0
	vextractf32x4	$2, %zmm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, (%rsp)
	vmovshdup	16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilpd	$1, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilps	$255, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vinsertf128	$1, 48(%rsp), %ymm0, %ymm0
	vmovups	%ymm0, 48(%rsp)
	vmovups	112(%rsp), %zmm0
	vextractf128	$1, %ymm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, (%rsp)
	vmovshdup	16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilpd	$1, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilps	$255, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vmovups	112(%rsp), %zmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, (%rsp)
	vmovshdup	112(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilpd	$1, 112(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilps	$255, 112(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm2
	vbroadcastss	.LCPI38_2(%rip), %zmm1
	vinsertps	$48, %xmm0, %xmm2, %xmm0
	vinsertf128	$1, 16(%rsp), %ymm0, %ymm0
	vmovups	176(%rsp), %zmm2
	vinsertf64x4	$1, 48(%rsp), %zmm0, %zmm0
	vaddps	%zmm1, %zmm0, %zmm0
	vdivps	%zmm0, %zmm2, %zmm0
	vmulps	(%rbp,%r13,4), %zmm0, %zmm0
	vmovups	%zmm0, (%rbp,%r13,4)
	addq	$16, %r13
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	$192, %r13
	jne	.LBB38_19
	incq	%rbx
	addq	%r15, %rbp
	addq	$768, %r12
	cmpq	40(%rsp), %rbx
	jne	.LBB38_18
	movq	96(%rsp), %r12
	jmp	.LBB38_22
.LBB38_23:
	movq	88(%rsp), %rax
	leaq	(%rax,%rax,2), %rdi
	callq	malloc@PLT
	movq	%rax, %r14
.LBB38_22:
	movq	%r12, %rdi
	vzeroupper
	callq	free@PLT
	movq	%r14, %rdi
	addq	$248, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end38:
	.size	k65, .Lfunc_end38-k65

	.globl	_mlir_ciface_k65
	.p2align	4
	.type	_mlir_ciface_k65,@function
_mlir_ciface_k65:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k65@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end39:
	.size	_mlir_ciface_k65, .Lfunc_end39-_mlir_ciface_k65

	.globl	k67
	.p2align	4
	.type	k67,@function
k67:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	cmpq	$0, 144(%rsp)
	movq	%r9, -8(%rsp)
	movq	%rsi, -16(%rsp)
	jle	.LBB40_8
	movq	104(%rsp), %rdi
	movq	160(%rsp), %rax
	movq	72(%rsp), %r8
	movq	128(%rsp), %rdx
	xorl	%ecx, %ecx
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(,%rax,4), %rsi
	imulq	$764, %rdi, %rax
	movq	%rdi, %r13
	shrq	$61, %r13
	leaq	(,%rdi,4), %r14
	leaq	28(%rdx), %r15
	andl	$1, %r13d
	leaq	256(%r8,%rax), %r11
	jmp	.LBB40_2
	.p2align	4
.LBB40_7:
	incq	%rcx
	addq	%rsi, %r15
	cmpq	144(%rsp), %rcx
	je	.LBB40_8
.LBB40_2:
	movq	%rsi, %rax
	imulq	%rcx, %rax
	movq	-16(%rsp), %rbx
	movq	%rcx, %r12
	imulq	160(%rsp), %r12
	leaq	(%rdx,%rax), %r9
	leaq	256(%rdx,%rax), %r10
	vmovups	%zmm0, 192(%rdx,%rax)
	vmovups	%zmm0, 128(%rdx,%rax)
	vmovups	%zmm0, 64(%rdx,%rax)
	vmovups	%zmm0, (%rdx,%rax)
	movq	%rcx, %rax
	imulq	-8(%rsp), %rax
	cmpq	%r11, %r9
	setb	%r9b
	cmpq	%r10, %r8
	leaq	(%rbx,%rax,4), %rbp
	setb	%al
	leaq	28(%r8), %rbx
	xorl	%r10d, %r10d
	andb	%r9b, %al
	orb	%r13b, %al
	jmp	.LBB40_3
	.p2align	4
.LBB40_9:
	movq	%r10, %r9
	imulq	%rdi, %r9
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%r8,%r9,4), %zmm1, %zmm2
	vmulps	64(%r8,%r9,4), %zmm1, %zmm3
	vmulps	128(%r8,%r9,4), %zmm1, %zmm4
	vmulps	192(%r8,%r9,4), %zmm1, %zmm1
	vaddps	(%rdx,%r12,4), %zmm2, %zmm2
	vaddps	64(%rdx,%r12,4), %zmm3, %zmm3
	vaddps	128(%rdx,%r12,4), %zmm4, %zmm4
	vaddps	192(%rdx,%r12,4), %zmm1, %zmm1
	vmovups	%zmm2, (%rdx,%r12,4)
	vmovups	%zmm3, 64(%rdx,%r12,4)
	vmovups	%zmm4, 128(%rdx,%r12,4)
	vmovups	%zmm1, 192(%rdx,%r12,4)
.LBB40_6:
	incq	%r10
	addq	%r14, %rbx
	cmpq	$192, %r10
	je	.LBB40_7
.LBB40_3:
	vmovss	(%rbp,%r10,4), %xmm1
	testb	%al, %al
	je	.LBB40_9
	xorl	%r9d, %r9d
	.p2align	4
.LBB40_5:
	vmulss	-28(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-28(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r15,%r9,4)
	vmulss	-24(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-24(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r15,%r9,4)
	vmulss	-20(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-20(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r15,%r9,4)
	vmulss	-16(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-16(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r15,%r9,4)
	vmulss	-12(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-12(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r15,%r9,4)
	vmulss	-8(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-8(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r15,%r9,4)
	vmulss	-4(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-4(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r15,%r9,4)
	vmulss	(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r15,%r9,4)
	addq	$8, %r9
	cmpq	$64, %r9
	jne	.LBB40_5
	jmp	.LBB40_6
.LBB40_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end40:
	.size	k67, .Lfunc_end40-k67

	.globl	_mlir_ciface_k67
	.p2align	4
	.type	_mlir_ciface_k67,@function
_mlir_ciface_k67:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	24(%rdx), %rax
	movq	%rax, -8(%rsp)
	testq	%rax, %rax
	jle	.LBB41_8
	movq	8(%rdi), %rax
	movq	8(%rsi), %r8
	movq	40(%rsi), %rsi
	movq	8(%rdx), %r9
	movq	40(%rdi), %rcx
	movq	40(%rdx), %rdx
	xorl	%ebx, %ebx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rax, -16(%rsp)
	imulq	$764, %rsi, %rax
	movq	%rsi, %r13
	shrq	$61, %r13
	movq	%rcx, -24(%rsp)
	leaq	(,%rdx,4), %rcx
	leaq	(,%rsi,4), %r14
	leaq	28(%r9), %r15
	andl	$1, %r13d
	leaq	256(%r8,%rax), %rax
	movq	%rax, -32(%rsp)
	jmp	.LBB41_2
	.p2align	4
.LBB41_7:
	incq	%rbx
	addq	%r11, %r15
	movq	%r11, %rcx
	cmpq	-8(%rsp), %rbx
	je	.LBB41_8
.LBB41_2:
	movq	%rcx, %rax
	imulq	%rbx, %rax
	movq	%rcx, %r11
	movq	%rbx, %r12
	movq	-16(%rsp), %r10
	imulq	%rdx, %r12
	leaq	(%r9,%rax), %rcx
	leaq	256(%r9,%rax), %rdi
	vmovups	%zmm0, 192(%r9,%rax)
	vmovups	%zmm0, 128(%r9,%rax)
	vmovups	%zmm0, 64(%r9,%rax)
	vmovups	%zmm0, (%r9,%rax)
	movq	%rbx, %rax
	imulq	-24(%rsp), %rax
	cmpq	-32(%rsp), %rcx
	leaq	(%r10,%rax,4), %rbp
	setb	%al
	cmpq	%rdi, %r8
	leaq	28(%r8), %rdi
	setb	%cl
	andb	%al, %cl
	xorl	%eax, %eax
	orb	%r13b, %cl
	jmp	.LBB41_3
	.p2align	4
.LBB41_9:
	movq	%rax, %r10
	imulq	%rsi, %r10
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%r8,%r10,4), %zmm1, %zmm2
	vmulps	64(%r8,%r10,4), %zmm1, %zmm3
	vmulps	128(%r8,%r10,4), %zmm1, %zmm4
	vmulps	192(%r8,%r10,4), %zmm1, %zmm1
	vaddps	(%r9,%r12,4), %zmm2, %zmm2
	vaddps	64(%r9,%r12,4), %zmm3, %zmm3
	vaddps	128(%r9,%r12,4), %zmm4, %zmm4
	vaddps	192(%r9,%r12,4), %zmm1, %zmm1
	vmovups	%zmm2, (%r9,%r12,4)
	vmovups	%zmm3, 64(%r9,%r12,4)
	vmovups	%zmm4, 128(%r9,%r12,4)
	vmovups	%zmm1, 192(%r9,%r12,4)
.LBB41_6:
	incq	%rax
	addq	%r14, %rdi
	cmpq	$192, %rax
	je	.LBB41_7
.LBB41_3:
	vmovss	(%rbp,%rax,4), %xmm1
	testb	%cl, %cl
	je	.LBB41_9
	xorl	%r10d, %r10d
	.p2align	4
.LBB41_5:
	vmulss	-28(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-28(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r15,%r10,4)
	vmulss	-24(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-24(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r15,%r10,4)
	vmulss	-20(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-20(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r15,%r10,4)
	vmulss	-16(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-16(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r15,%r10,4)
	vmulss	-12(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-12(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r15,%r10,4)
	vmulss	-8(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-8(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r15,%r10,4)
	vmulss	-4(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-4(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r15,%r10,4)
	vmulss	(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r15,%r10,4)
	addq	$8, %r10
	cmpq	$64, %r10
	jne	.LBB41_5
	jmp	.LBB41_6
.LBB41_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end41:
	.size	_mlir_ciface_k67, .Lfunc_end41-_mlir_ciface_k67

	.globl	k68
	.p2align	4
	.type	k68,@function
k68:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	144(%rsp), %rdi
	movq	%r9, -8(%rsp)
	testq	%rdi, %rdi
	jle	.LBB42_6
	movq	160(%rsp), %rax
	movq	128(%rsp), %rdx
	leaq	-1(%rdi), %rcx
	movq	104(%rsp), %r12
	movq	72(%rsp), %r8
	movq	%rax, %r10
	imulq	%rcx, %r10
	leaq	60(%r8), %r15
	leaq	60(%rdx), %r13
	leaq	256(%rdx,%r10,4), %r11
	leaq	(,%rax,4), %r10
	movq	-8(%rsp), %rax
	movq	%rax, %rbx
	imulq	%rcx, %rbx
	imulq	%r12, %rcx
	movq	%rax, %r14
	leaq	(,%rax,4), %r9
	leaq	256(%rsi,%rbx,4), %rbx
	leaq	256(%r8,%rcx,4), %rcx
	cmpq	%rbx, %rdx
	setb	%bl
	cmpq	%r11, %rsi
	setb	%bpl
	andb	%bl, %bpl
	testq	%r10, %r10
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%rcx, %rdx
	setb	%cl
	cmpq	%r11, %r8
	movq	%r12, %r11
	leaq	(,%r12,4), %r12
	setb	%bpl
	shrq	$61, %r11
	xorl	%eax, %eax
	andl	$1, %r11d
	andb	%cl, %bpl
	orb	%bl, %r11b
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rsi), %r14
	jmp	.LBB42_2
	.p2align	4
.LBB42_7:
	movq	%rax, %rcx
	imulq	-8(%rsp), %rcx
	movq	%rax, %rbp
	imulq	104(%rsp), %rbp
	movq	%r10, %rbx
	movq	%rdi, %r10
	movq	%rax, %rdi
	imulq	160(%rsp), %rdi
	vmovups	(%rsi,%rcx,4), %zmm0
	vmovups	64(%rsi,%rcx,4), %zmm1
	vmovups	128(%rsi,%rcx,4), %zmm2
	vmovups	192(%rsi,%rcx,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%rdx,%rdi,4)
	vmovups	%zmm1, 64(%rdx,%rdi,4)
	vmovups	%zmm2, 128(%rdx,%rdi,4)
	vmovups	%zmm3, 192(%rdx,%rdi,4)
	movq	%r10, %rdi
	movq	%rbx, %r10
.LBB42_5:
	incq	%rax
	addq	%r9, %r14
	addq	%r12, %r15
	addq	%r10, %r13
	cmpq	%rdi, %rax
	je	.LBB42_6
.LBB42_2:
	testb	%r11b, %r11b
	je	.LBB42_7
	xorl	%ecx, %ecx
	.p2align	4
.LBB42_4:
	vmovss	-60(%r14,%rcx,4), %xmm0
	vaddss	-60(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%rcx,4)
	vmovss	-56(%r14,%rcx,4), %xmm0
	vaddss	-56(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%rcx,4)
	vmovss	-52(%r14,%rcx,4), %xmm0
	vaddss	-52(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%rcx,4)
	vmovss	-48(%r14,%rcx,4), %xmm0
	vaddss	-48(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%rcx,4)
	vmovss	-44(%r14,%rcx,4), %xmm0
	vaddss	-44(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%rcx,4)
	vmovss	-40(%r14,%rcx,4), %xmm0
	vaddss	-40(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%rcx,4)
	vmovss	-36(%r14,%rcx,4), %xmm0
	vaddss	-36(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%rcx,4)
	vmovss	-32(%r14,%rcx,4), %xmm0
	vaddss	-32(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%rcx,4)
	vmovss	-28(%r14,%rcx,4), %xmm0
	vaddss	-28(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%rcx,4)
	vmovss	-24(%r14,%rcx,4), %xmm0
	vaddss	-24(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%rcx,4)
	vmovss	-20(%r14,%rcx,4), %xmm0
	vaddss	-20(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%rcx,4)
	vmovss	-16(%r14,%rcx,4), %xmm0
	vaddss	-16(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%rcx,4)
	vmovss	-12(%r14,%rcx,4), %xmm0
	vaddss	-12(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%rcx,4)
	vmovss	-8(%r14,%rcx,4), %xmm0
	vaddss	-8(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%rcx,4)
	vmovss	-4(%r14,%rcx,4), %xmm0
	vaddss	-4(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%rcx,4)
	vmovss	(%r14,%rcx,4), %xmm0
	vaddss	(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%rcx,4)
	addq	$16, %rcx
	cmpq	$64, %rcx
	jne	.LBB42_4
	jmp	.LBB42_5
.LBB42_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end42:
	.size	k68, .Lfunc_end42-k68

	.globl	_mlir_ciface_k68
	.p2align	4
	.type	_mlir_ciface_k68,@function
_mlir_ciface_k68:
	movq	24(%rdx), %rax
	testq	%rax, %rax
	jle	.LBB43_7
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	8(%rdi), %rcx
	movq	40(%rdi), %rdi
	movq	8(%rdx), %r9
	movq	40(%rdx), %rdx
	leaq	-1(%rax), %r10
	movq	40(%rsi), %r13
	movq	8(%rsi), %r8
	movq	%rdi, %rbx
	imulq	%r10, %rbx
	movq	%rdx, %r11
	imulq	%r10, %r11
	imulq	%r13, %r10
	movq	%rdx, -8(%rsp)
	leaq	(,%rdx,4), %rdx
	movq	%rdi, %r14
	leaq	(,%r13,4), %r12
	leaq	60(%r8), %r15
	movq	%r13, -24(%rsp)
	movq	%rdi, -16(%rsp)
	leaq	256(%rcx,%rbx,4), %rbx
	leaq	256(%r9,%r11,4), %r11
	leaq	256(%r8,%r10,4), %r10
	cmpq	%rbx, %r9
	setb	%bl
	cmpq	%r11, %rcx
	setb	%bpl
	andb	%bl, %bpl
	testq	%rdx, %rdx
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%r10, %r9
	setb	%r10b
	cmpq	%r11, %r8
	movq	%r13, %r11
	leaq	60(%r9), %r13
	setb	%bpl
	shrq	$61, %r11
	andl	$1, %r11d
	andb	%r10b, %bpl
	orb	%bl, %r11b
	leaq	(,%rdi,4), %rbx
	xorl	%edi, %edi
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rcx), %r14
	jmp	.LBB43_2
	.p2align	4
.LBB43_8:
	movq	%rdi, %r10
	imulq	-16(%rsp), %r10
	movq	%rdi, %rbp
	imulq	-24(%rsp), %rbp
	movq	%rbx, %rsi
	movq	%rdx, %rbx
	movq	%rdi, %rdx
	imulq	-8(%rsp), %rdx
	vmovups	(%rcx,%r10,4), %zmm0
	vmovups	64(%rcx,%r10,4), %zmm1
	vmovups	128(%rcx,%r10,4), %zmm2
	vmovups	192(%rcx,%r10,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%r9,%rdx,4)
	vmovups	%zmm1, 64(%r9,%rdx,4)
	vmovups	%zmm2, 128(%r9,%rdx,4)
	vmovups	%zmm3, 192(%r9,%rdx,4)
	movq	%rbx, %rdx
	movq	%rsi, %rbx
.LBB43_5:
	incq	%rdi
	addq	%rbx, %r14
	addq	%r12, %r15
	addq	%rdx, %r13
	cmpq	%rax, %rdi
	je	.LBB43_6
.LBB43_2:
	testb	%r11b, %r11b
	je	.LBB43_8
	xorl	%r10d, %r10d
	.p2align	4
.LBB43_4:
	vmovss	-60(%r14,%r10,4), %xmm0
	vaddss	-60(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%r10,4)
	vmovss	-56(%r14,%r10,4), %xmm0
	vaddss	-56(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%r10,4)
	vmovss	-52(%r14,%r10,4), %xmm0
	vaddss	-52(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%r10,4)
	vmovss	-48(%r14,%r10,4), %xmm0
	vaddss	-48(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%r10,4)
	vmovss	-44(%r14,%r10,4), %xmm0
	vaddss	-44(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%r10,4)
	vmovss	-40(%r14,%r10,4), %xmm0
	vaddss	-40(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%r10,4)
	vmovss	-36(%r14,%r10,4), %xmm0
	vaddss	-36(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%r10,4)
	vmovss	-32(%r14,%r10,4), %xmm0
	vaddss	-32(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%r10,4)
	vmovss	-28(%r14,%r10,4), %xmm0
	vaddss	-28(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%r10,4)
	vmovss	-24(%r14,%r10,4), %xmm0
	vaddss	-24(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%r10,4)
	vmovss	-20(%r14,%r10,4), %xmm0
	vaddss	-20(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%r10,4)
	vmovss	-16(%r14,%r10,4), %xmm0
	vaddss	-16(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%r10,4)
	vmovss	-12(%r14,%r10,4), %xmm0
	vaddss	-12(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%r10,4)
	vmovss	-8(%r14,%r10,4), %xmm0
	vaddss	-8(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%r10,4)
	vmovss	-4(%r14,%r10,4), %xmm0
	vaddss	-4(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%r10,4)
	vmovss	(%r14,%r10,4), %xmm0
	vaddss	(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%r10,4)
	addq	$16, %r10
	cmpq	$64, %r10
	jne	.LBB43_4
	jmp	.LBB43_5
.LBB43_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
.LBB43_7:
	vzeroupper
	retq
.Lfunc_end43:
	.size	_mlir_ciface_k68, .Lfunc_end43-_mlir_ciface_k68

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI44_0:
	.long	0x3c800000
.LCPI44_1:
	.long	0x3727c5ac
.LCPI44_2:
	.long	0x3f800000
	.text
	.globl	k72
	.p2align	4
	.type	k72,@function
k72:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$72, %rsp
	movq	%r9, 16(%rsp)
	movq	%rsi, %r14
	movq	344(%rsp), %rax
	movq	%rax, 56(%rsp)
	movq	256(%rsp), %rax
	movq	328(%rsp), %r12
	movq	312(%rsp), %r13
	movq	288(%rsp), %rbp
	movq	%rax, 40(%rsp)
	movq	%r12, %rdi
	shlq	$8, %rdi
	movq	232(%rsp), %rax
	movq	%rax, 48(%rsp)
	movq	144(%rsp), %rax
	movq	200(%rsp), %rbx
	movq	176(%rsp), %r15
	movq	%rax, 8(%rsp)
	callq	malloc@PLT
	movq	%rax, 24(%rsp)
	movq	%r12, 64(%rsp)
	testq	%r12, %r12
	jle	.LBB44_19
	movq	16(%rsp), %rdx
	vmovss	.LCPI44_0(%rip), %xmm0
	vmovss	.LCPI44_1(%rip), %xmm1
	vmovss	.LCPI44_2(%rip), %xmm2
	leaq	(,%r15,4), %r8
	movq	%r15, %rdi
	leaq	28(%r14), %rcx
	shlq	$5, %rdi
	xorl	%r9d, %r9d
	leaq	(%r8,%r8), %r10
	leaq	(,%rdx,4), %rax
	movq	%rax, 32(%rsp)
	movq	24(%rsp), %rax
	leaq	28(%rax), %rsi
	movq	%rdx, %rax
	jmp	.LBB44_2
	.p2align	4
.LBB44_5:
	leaq	(%r14,%r11,4), %r11
	movq	8(%rsp), %rdx
	vbroadcastss	%xmm3, %zmm3
	movq	%r9, %rax
	shlq	$8, %rax
	vmulps	(%r11), %zmm3, %zmm4
	vmulps	64(%r11), %zmm3, %zmm5
	vmulps	128(%r11), %zmm3, %zmm6
	vmulps	192(%r11), %zmm3, %zmm3
	vmulps	(%rdx), %zmm4, %zmm4
	vmulps	64(%rdx), %zmm5, %zmm5
	vmulps	128(%rdx), %zmm6, %zmm6
	vmulps	192(%rdx), %zmm3, %zmm3
	movq	24(%rsp), %rdx
	vmovups	%zmm4, (%rdx,%rax)
	vmovups	%zmm5, 64(%rdx,%rax)
	vmovups	%zmm6, 128(%rdx,%rax)
	vmovups	%zmm3, 192(%rdx,%rax)
.LBB44_6:
	addq	32(%rsp), %rcx
	movq	16(%rsp), %rax
	incq	%r9
	addq	$256, %rsi
	cmpq	64(%rsp), %r9
	je	.LBB44_7
.LBB44_2:
	movq	%r9, %r11
	imulq	%rax, %r11
	vmovss	(%r14,%r11,4), %xmm3
	vmovss	4(%r14,%r11,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	192(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	196(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	200(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	204(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	208(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	212(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	216(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	220(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	224(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	228(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	232(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	236(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	240(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	244(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	248(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	252(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmulss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %r15
	je	.LBB44_5
	movq	8(%rsp), %r11
	xorl	%eax, %eax
	.p2align	4
.LBB44_4:
	vmulss	-28(%rcx,%rax,4), %xmm3, %xmm4
	leaq	(%r11,%r8), %r12
	addq	%r8, %r12
	vmulss	(%r11), %xmm4, %xmm4
	vmovss	%xmm4, -28(%rsi,%rax,4)
	vmulss	-24(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r11,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%rsi,%rax,4)
	vmulss	-20(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r11,%r15,8), %xmm4, %xmm4
	addq	%rdi, %r11
	vmovss	%xmm4, -20(%rsi,%rax,4)
	vmulss	-16(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -16(%rsi,%rax,4)
	vmulss	-12(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,8), %xmm4, %xmm4
	addq	%r10, %r12
	leaq	(%r12,%r15,4), %rdx
	vmovss	%xmm4, -12(%rsi,%rax,4)
	vmulss	-8(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r12,%r15,4), %xmm4, %xmm4
	vmovss	%xmm4, -8(%rsi,%rax,4)
	vmulss	-4(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r8,%rdx), %xmm4, %xmm4
	addq	%r8, %rdx
	vmovss	%xmm4, -4(%rsi,%rax,4)
	vmulss	(%rcx,%rax,4), %xmm3, %xmm4
	vmulss	(%r8,%rdx), %xmm4, %xmm4
	vmovss	%xmm4, (%rsi,%rax,4)
	addq	$8, %rax
	cmpq	$64, %rax
	jne	.LBB44_4
	jmp	.LBB44_6
.LBB44_7:
	movq	56(%rsp), %rax
	movq	48(%rsp), %rcx
	leaq	(,%rbp,4), %r8
	movq	%rbp, %rdi
	shlq	$6, %rdi
	xorl	%esi, %esi
	movq	%r13, %r14
	leaq	(,%rax,4), %rdx
	imulq	$252, %rcx, %rax
	leaq	(,%rcx,4), %r9
	leaq	768(%rbx,%rax), %rax
	movq	%rax, 8(%rsp)
	movq	%r13, %rax
	subq	40(%rsp), %rax
	movq	%rax, 32(%rsp)
	leaq	(%r8,%r8), %rax
	movq	%rdx, 16(%rsp)
	jmp	.LBB44_8
	.p2align	4
.LBB44_18:
	movq	16(%rsp), %rdx
	incq	%rsi
	addq	%rdx, %r14
	cmpq	64(%rsp), %rsi
	je	.LBB44_19
.LBB44_8:
	movq	%rsi, %r15
	imulq	56(%rsp), %r15
	movq	%rdx, %rcx
	imulq	%rsi, %rcx
	cmpq	$1, %rbp
	jne	.LBB44_10
	movq	32(%rsp), %rdx
	addq	%rcx, %rdx
	cmpq	$255, %rdx
	jbe	.LBB44_10
	movq	40(%rsp), %rdx
	vmovups	(%rdx), %zmm0
	vmovups	64(%rdx), %zmm1
	vmovups	128(%rdx), %zmm2
	vmovups	192(%rdx), %zmm3
	vmovups	%zmm0, (%r13,%r15,4)
	vmovups	%zmm1, 64(%r13,%r15,4)
	vmovups	%zmm2, 128(%r13,%r15,4)
	vmovups	%zmm3, 192(%r13,%r15,4)
	vmovups	256(%rdx), %zmm0
	vmovups	320(%rdx), %zmm1
	vmovups	384(%rdx), %zmm2
	vmovups	448(%rdx), %zmm3
	vmovups	%zmm0, 256(%r13,%r15,4)
	vmovups	%zmm1, 320(%r13,%r15,4)
	vmovups	%zmm2, 384(%r13,%r15,4)
	vmovups	%zmm3, 448(%r13,%r15,4)
	vmovups	512(%rdx), %zmm0
	vmovups	576(%rdx), %zmm1
	vmovups	640(%rdx), %zmm2
	vmovups	704(%rdx), %zmm3
	vmovups	%zmm0, 512(%r13,%r15,4)
	vmovups	%zmm1, 576(%r13,%r15,4)
	vmovups	%zmm2, 640(%r13,%r15,4)
	vmovups	%zmm3, 704(%r13,%r15,4)
	jmp	.LBB44_13
	.p2align	4
.LBB44_10:
	movq	40(%rsp), %r10
	movl	$15, %edx
	.p2align	4
.LBB44_11:
	vmovss	(%r10), %xmm0
	leaq	(%r10,%r8), %r12
	addq	%r8, %r12
	vmovss	%xmm0, -60(%r14,%rdx,4)
	vmovss	(%r10,%rbp,4), %xmm0
	vmovss	%xmm0, -56(%r14,%rdx,4)
	vmovss	(%r10,%rbp,8), %xmm0
	addq	%rdi, %r10
	vmovss	%xmm0, -52(%r14,%rdx,4)
	vmovss	(%r12,%rbp,4), %xmm0
	vmovss	%xmm0, -48(%r14,%rdx,4)
	vmovss	(%r12,%rbp,8), %xmm0
	addq	%rax, %r12
	leaq	(%r12,%rbp,4), %r11
	vmovss	%xmm0, -44(%r14,%rdx,4)
	vmovss	(%r12,%rbp,4), %xmm0
	vmovss	%xmm0, -40(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -36(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -32(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -28(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -24(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -20(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -16(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -12(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -8(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	addq	%r8, %r11
	vmovss	%xmm0, -4(%r14,%rdx,4)
	vmovss	(%r8,%r11), %xmm0
	vmovss	%xmm0, (%r14,%rdx,4)
	addq	$16, %rdx
	cmpq	$207, %rdx
	jne	.LBB44_11
.LBB44_13:
	movq	48(%rsp), %r11
	movq	%rsi, %r10
	shlq	$8, %r10
	leaq	(%r13,%rcx), %rdx
	addq	24(%rsp), %r10
	leaq	768(%r13,%rcx), %rcx
	movq	%rbx, %r12
	shrq	$61, %r11
	andl	$1, %r11d
	cmpq	8(%rsp), %rdx
	setb	%dl
	cmpq	%rcx, %rbx
	setb	%cl
	andb	%dl, %cl
	xorl	%edx, %edx
	orb	%r11b, %cl
	jmp	.LBB44_14
	.p2align	4
.LBB44_20:
	movq	%rdx, %r11
	imulq	48(%rsp), %r11
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	64(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	128(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	192(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	(%r13,%r15,4), %zmm1, %zmm1
	vaddps	64(%r13,%r15,4), %zmm2, %zmm2
	vaddps	128(%r13,%r15,4), %zmm3, %zmm3
	vaddps	192(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, (%r13,%r15,4)
	vmovups	%zmm2, 64(%r13,%r15,4)
	vmovups	%zmm3, 128(%r13,%r15,4)
	vmovups	%zmm4, 192(%r13,%r15,4)
	vmulps	256(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	320(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	384(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	448(%rbx,%r11,4), %zmm0, %zmm4
	vaddps	256(%r13,%r15,4), %zmm1, %zmm1
	vaddps	320(%r13,%r15,4), %zmm2, %zmm2
	vaddps	384(%r13,%r15,4), %zmm3, %zmm3
	vaddps	448(%r13,%r15,4), %zmm4, %zmm4
	vmovups	%zmm1, 256(%r13,%r15,4)
	vmovups	%zmm2, 320(%r13,%r15,4)
	vmovups	%zmm3, 384(%r13,%r15,4)
	vmovups	%zmm4, 448(%r13,%r15,4)
	vmulps	512(%rbx,%r11,4), %zmm0, %zmm1
	vmulps	576(%rbx,%r11,4), %zmm0, %zmm2
	vmulps	640(%rbx,%r11,4), %zmm0, %zmm3
	vmulps	704(%rbx,%r11,4), %zmm0, %zmm0
	vaddps	512(%r13,%r15,4), %zmm1, %zmm1
	vaddps	576(%r13,%r15,4), %zmm2, %zmm2
	vaddps	640(%r13,%r15,4), %zmm3, %zmm3
	vaddps	704(%r13,%r15,4), %zmm0, %zmm0
	vmovups	%zmm1, 512(%r13,%r15,4)
	vmovups	%zmm2, 576(%r13,%r15,4)
	vmovups	%zmm3, 640(%r13,%r15,4)
	vmovups	%zmm0, 704(%r13,%r15,4)
.LBB44_17:
	incq	%rdx
	addq	%r9, %r12
	cmpq	$64, %rdx
	je	.LBB44_18
.LBB44_14:
	vmovss	(%r10,%rdx,4), %xmm0
	testb	%cl, %cl
	je	.LBB44_20
	movl	$11, %r11d
	.p2align	4
.LBB44_16:
	vmulss	-44(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-44(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -44(%r14,%r11,4)
	vmulss	-40(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-40(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -40(%r14,%r11,4)
	vmulss	-36(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-36(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -36(%r14,%r11,4)
	vmulss	-32(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-32(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -32(%r14,%r11,4)
	vmulss	-28(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-28(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r14,%r11,4)
	vmulss	-24(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-24(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r14,%r11,4)
	vmulss	-20(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-20(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r14,%r11,4)
	vmulss	-16(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-16(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r14,%r11,4)
	vmulss	-12(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-12(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r14,%r11,4)
	vmulss	-8(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-8(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r14,%r11,4)
	vmulss	-4(%r12,%r11,4), %xmm0, %xmm1
	vaddss	-4(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r14,%r11,4)
	vmulss	(%r12,%r11,4), %xmm0, %xmm1
	vaddss	(%r14,%r11,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r14,%r11,4)
	addq	$12, %r11
	cmpq	$203, %r11
	jne	.LBB44_16
	jmp	.LBB44_17
.LBB44_19:
	movq	24(%rsp), %rdi
	addq	$72, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end44:
	.size	k72, .Lfunc_end44-k72

	.globl	_mlir_ciface_k72
	.p2align	4
	.type	_mlir_ciface_k72,@function
_mlir_ciface_k72:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k72@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end45:
	.size	_mlir_ciface_k72, .Lfunc_end45-_mlir_ciface_k72

	.section	.rodata,"a",@progbits
	.p2align	6, 0x0
.LCPI46_0:
	.zero	8
	.zero	8
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
.LCPI46_1:
	.quad	0
	.quad	8
	.zero	8
	.zero	8
	.quad	1
	.quad	9
	.zero	8
	.zero	8
.LCPI46_2:
	.zero	8
	.zero	8
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
.LCPI46_3:
	.quad	2
	.quad	10
	.zero	8
	.zero	8
	.quad	3
	.quad	11
	.zero	8
	.zero	8
.LCPI46_4:
	.zero	8
	.zero	8
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
.LCPI46_5:
	.quad	4
	.quad	12
	.zero	8
	.zero	8
	.quad	5
	.quad	13
	.zero	8
	.zero	8
.LCPI46_6:
	.zero	8
	.zero	8
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
.LCPI46_7:
	.quad	6
	.quad	14
	.zero	8
	.zero	8
	.quad	7
	.quad	15
	.zero	8
	.zero	8
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	5, 0x0
.LCPI46_8:
	.quad	0
	.quad	4
	.quad	8
	.quad	12
.LCPI46_9:
	.quad	1
	.quad	5
	.quad	9
	.quad	13
.LCPI46_10:
	.quad	2
	.quad	6
	.quad	10
	.quad	14
.LCPI46_11:
	.quad	3
	.quad	7
	.quad	11
	.quad	15
	.text
	.globl	k79
	.p2align	4
	.type	k79,@function
k79:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$248, %rsp
	movq	%r9, 64(%rsp)
	movq	%rsi, %r13
	movq	688(%rsp), %rax
	movq	%rax, 208(%rsp)
	movq	656(%rsp), %rax
	movq	672(%rsp), %rbx
	movq	%rax, 200(%rsp)
	movq	%rbx, %r14
	shlq	$8, %r14
	movq	632(%rsp), %rax
	movq	%r14, %rdi
	movq	%rax, 240(%rsp)
	movq	600(%rsp), %rax
	movq	%rax, 232(%rsp)
	movq	576(%rsp), %rax
	movq	%rax, 104(%rsp)
	movq	520(%rsp), %rax
	movq	544(%rsp), %rbp
	movq	%rax, 136(%rsp)
	movq	488(%rsp), %rax
	movq	%rax, 128(%rsp)
	movq	464(%rsp), %rax
	movq	%rax, 224(%rsp)
	movq	432(%rsp), %rax
	movq	%rax, 216(%rsp)
	movq	408(%rsp), %rax
	movq	%rax, 88(%rsp)
	movq	376(%rsp), %rax
	movq	%rax, 80(%rsp)
	movq	352(%rsp), %r15
	movq	320(%rsp), %r12
	callq	malloc@PLT
	movq	%r14, %rdi
	movq	%rax, 40(%rsp)
	callq	malloc@PLT
	movq	%rax, 96(%rsp)
	movq	%rbx, 48(%rsp)
	testq	%rbx, %rbx
	jle	.LBB46_14
	movq	40(%rsp), %rax
	vxorps	%xmm0, %xmm0, %xmm0
	xorl	%edx, %edx
	movq	%rax, 32(%rsp)
	movq	96(%rsp), %rax
	movq	%rax, 8(%rsp)
	jmp	.LBB46_2
	.p2align	4
.LBB46_13:
	movq	72(%rsp), %rdx
	addq	$256, 8(%rsp)
	addq	$256, 32(%rsp)
	incq	%rdx
	cmpq	48(%rsp), %rdx
	je	.LBB46_14
.LBB46_2:
	movl	$2, %eax
	movq	64(%rsp), %r9
	movl	$0, %ecx
	subq	%rdx, %rax
	movq	%rax, %rdi
	cmovbq	%rcx, %rdi
	leaq	1(%rdi), %rsi
	movq	%rdi, %r8
	subq	%rax, %r8
	subq	%rax, %rsi
	leaq	(%rdx,%rdi), %rax
	imulq	%r9, %rsi
	imulq	%r9, %r8
	imulq	%r9, %rax
	movq	%rsi, 24(%rsp)
	movq	%rdx, 72(%rsp)
	xorl	%esi, %esi
	movq	%rax, 16(%rsp)
	jmp	.LBB46_3
	.p2align	4
.LBB46_12:
	movq	88(%rsp), %rdx
	movq	80(%rsp), %r9
	imulq	%rdx, %rcx
	imulq	%rdx, %rax
	imulq	%rdx, %r11
	vaddss	(%r9,%rcx,4), %xmm2, %xmm2
	vaddss	(%r9,%rax,4), %xmm3, %xmm3
	vaddss	(%r9,%r11,4), %xmm1, %xmm1
	movq	8(%rsp), %rcx
	movq	32(%rsp), %rax
	vmulss	%xmm3, %xmm2, %xmm2
	vmovss	%xmm1, (%rcx,%rsi,4)
	vmovss	%xmm2, (%rax,%rsi,4)
	incq	%rsi
	cmpq	$64, %rsi
	je	.LBB46_13
.LBB46_3:
	movq	%rsi, %rcx
	andq	$-8, %rcx
	movl	%esi, %eax
	andl	$7, %eax
	leaq	1(%rdi), %r9
	leaq	(%rcx,%rcx,2), %rdx
	leaq	(%rdx,%rax), %r11
	movq	%r11, %rcx
	imulq	%r15, %rcx
	leaq	(%r13,%r11,4), %rbx
	leaq	(%r12,%rcx,4), %rcx
	vmovss	(%rcx,%rdi,4), %xmm1
	vmulss	(%rbx,%r8,4), %xmm1, %xmm1
	vaddss	%xmm0, %xmm1, %xmm1
	cmpq	$3, %r9
	je	.LBB46_6
	movq	24(%rsp), %r9
	vmovss	4(%rcx,%rdi,4), %xmm2
	vmulss	(%rbx,%r9,4), %xmm2, %xmm2
	leaq	2(%rdi), %r9
	vaddss	%xmm2, %xmm1, %xmm1
	cmpq	$3, %r9
	je	.LBB46_6
	vmovss	8(%rcx,%rdi,4), %xmm2
	movq	16(%rsp), %rcx
	vmulss	(%rbx,%rcx,4), %xmm2, %xmm2
	vaddss	%xmm2, %xmm1, %xmm1
.LBB46_6:
	leaq	8(%rdx,%rax), %rcx
	leaq	(%rdx,%rax), %rbx
	movq	%r13, %r10
	leaq	1(%rdi), %r14
	leaq	32(%r13,%rbx,4), %r13
	movq	%rcx, %r9
	imulq	%r15, %r9
	leaq	(%r12,%r9,4), %r9
	vmovss	(%r9,%rdi,4), %xmm2
	vmulss	(%r13,%r8,4), %xmm2, %xmm2
	vaddss	%xmm0, %xmm2, %xmm2
	cmpq	$3, %r14
	je	.LBB46_9
	movq	24(%rsp), %r14
	vmovss	4(%r9,%rdi,4), %xmm3
	vmulss	(%r13,%r14,4), %xmm3, %xmm3
	leaq	2(%rdi), %r14
	vaddss	%xmm3, %xmm2, %xmm2
	cmpq	$3, %r14
	je	.LBB46_9
	vmovss	8(%r9,%rdi,4), %xmm3
	movq	16(%rsp), %r9
	vmulss	(%r13,%r9,4), %xmm3, %xmm3
	vaddss	%xmm3, %xmm2, %xmm2
.LBB46_9:
	leaq	16(%rdx,%rax), %rax
	leaq	64(%r10,%rbx,4), %r9
	movq	%r10, %r13
	leaq	1(%rdi), %r10
	movq	%rax, %rdx
	imulq	%r15, %rdx
	leaq	(%r12,%rdx,4), %rdx
	vmovss	(%rdx,%rdi,4), %xmm3
	vmulss	(%r9,%r8,4), %xmm3, %xmm3
	vaddss	%xmm0, %xmm3, %xmm3
	cmpq	$3, %r10
	je	.LBB46_12
	movq	24(%rsp), %r10
	vmovss	4(%rdx,%rdi,4), %xmm4
	vmulss	(%r9,%r10,4), %xmm4, %xmm4
	leaq	2(%rdi), %r10
	vaddss	%xmm4, %xmm3, %xmm3
	cmpq	$3, %r10
	je	.LBB46_12
	vmovss	8(%rdx,%rdi,4), %xmm4
	movq	16(%rsp), %rdx
	vmulss	(%r9,%rdx,4), %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	jmp	.LBB46_12
.LBB46_14:
	movl	$1, %edi
	movl	$2048, %esi
	movl	$1, %ebx
	callq	calloc@PLT
	movl	$1, %edi
	movl	$2048, %esi
	movq	%rax, %r15
	callq	calloc@PLT
	movq	48(%rsp), %rdi
	movq	104(%rsp), %r8
	movq	%rax, %r12
	leaq	15(%rdi), %r9
	shrq	$4, %r9
	je	.LBB46_42
	movq	128(%rsp), %rax
	vmovapd	.LCPI46_0(%rip), %zmm17
	vmovapd	.LCPI46_1(%rip), %zmm18
	vmovapd	.LCPI46_2(%rip), %zmm19
	vmovapd	.LCPI46_3(%rip), %zmm3
	vmovapd	.LCPI46_4(%rip), %zmm4
	vmovapd	.LCPI46_5(%rip), %zmm5
	vmovapd	.LCPI46_6(%rip), %zmm6
	vmovapd	.LCPI46_7(%rip), %zmm7
	leaq	(,%r8,4), %r11
	leaq	(,%r8,8), %r13
	movq	%r8, %r10
	shlq	$5, %r10
	vxorpd	%xmm8, %xmm8, %xmm8
	addq	$28, %rax
	movq	%rax, 64(%rsp)
	shlq	$2, 136(%rsp)
	movq	40(%rsp), %rax
	movq	%rax, %rcx
	addq	$32, %rcx
	leaq	4(%rax), %r14
	movq	%rcx, 120(%rsp)
	movl	$16, %ecx
	movq	$0, 56(%rsp)
	movq	%rax, 112(%rsp)
	movq	%r9, 168(%rsp)
	movq	%r10, 160(%rsp)
	movq	%r11, 152(%rsp)
	movq	%r13, 144(%rsp)
	jmp	.LBB46_16
	.p2align	4
.LBB46_41:
	movq	56(%rsp), %rdx
	movq	192(%rsp), %rcx
	addq	$4096, 112(%rsp)
	addq	$4096, 120(%rsp)
	addq	$-16, %rbx
	addq	$4096, %r14
	incq	%rdx
	addq	$16, %rcx
	movq	%rdx, 56(%rsp)
	cmpq	%r9, %rdx
	je	.LBB46_42
.LBB46_16:
	cmpq	%rcx, %rdi
	movq	%rcx, %rax
	cmovbq	%rdi, %rax
	movq	%rax, 16(%rsp)
	movq	%rcx, 192(%rsp)
	cmpq	$1, %r8
	jne	.LBB46_17
	vcvtps2pd	(%rbp), %zmm9
	vcvtps2pd	8(%rbp), %zmm11
	vcvtps2pd	4(%rbp), %zmm10
	vcvtps2pd	12(%rbp), %zmm12
	movb	$-52, %al
	kmovd	%eax, %k1
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 192(%r12)
	vmovupd	%zmm16, 128(%r12)
	vmovupd	%zmm15, 64(%r12)
	vmovupd	%zmm14, (%r12)
	vcvtps2pd	32(%rbp), %zmm9
	vcvtps2pd	40(%rbp), %zmm11
	vcvtps2pd	36(%rbp), %zmm10
	vcvtps2pd	44(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 448(%r12)
	vmovupd	%zmm16, 384(%r12)
	vmovupd	%zmm15, 320(%r12)
	vmovupd	%zmm14, 256(%r12)
	vcvtps2pd	64(%rbp), %zmm9
	vcvtps2pd	72(%rbp), %zmm11
	vcvtps2pd	68(%rbp), %zmm10
	vcvtps2pd	76(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 704(%r12)
	vmovupd	%zmm16, 640(%r12)
	vmovupd	%zmm15, 576(%r12)
	vmovupd	%zmm14, 512(%r12)
	vcvtps2pd	96(%rbp), %zmm9
	vcvtps2pd	104(%rbp), %zmm11
	vcvtps2pd	100(%rbp), %zmm10
	vcvtps2pd	108(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 960(%r12)
	vmovupd	%zmm16, 896(%r12)
	vmovupd	%zmm15, 832(%r12)
	vmovupd	%zmm14, 768(%r12)
	vcvtps2pd	128(%rbp), %zmm9
	vcvtps2pd	136(%rbp), %zmm11
	vcvtps2pd	132(%rbp), %zmm10
	vcvtps2pd	140(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1216(%r12)
	vmovupd	%zmm16, 1152(%r12)
	vmovupd	%zmm15, 1088(%r12)
	vmovupd	%zmm14, 1024(%r12)
	vcvtps2pd	160(%rbp), %zmm9
	vcvtps2pd	168(%rbp), %zmm11
	vcvtps2pd	164(%rbp), %zmm10
	vcvtps2pd	172(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1472(%r12)
	vmovupd	%zmm16, 1408(%r12)
	vmovupd	%zmm15, 1344(%r12)
	vmovupd	%zmm14, 1280(%r12)
	vcvtps2pd	192(%rbp), %zmm9
	vcvtps2pd	200(%rbp), %zmm11
	vcvtps2pd	196(%rbp), %zmm10
	vcvtps2pd	204(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1728(%r12)
	vmovupd	%zmm16, 1664(%r12)
	vmovupd	%zmm15, 1600(%r12)
	vmovupd	%zmm14, 1536(%r12)
	vcvtps2pd	224(%rbp), %zmm9
	vcvtps2pd	232(%rbp), %zmm11
	vcvtps2pd	228(%rbp), %zmm10
	vcvtps2pd	236(%rbp), %zmm12
	vmovapd	%zmm11, %zmm13
	vmovapd	%zmm9, %zmm14
	vmovapd	%zmm11, %zmm1
	vmovapd	%zmm11, %zmm0
	vmovapd	%zmm9, %zmm15
	vmovapd	%zmm9, %zmm16
	vpermt2pd	%zmm12, %zmm17, %zmm13
	vpermt2pd	%zmm10, %zmm18, %zmm14
	vpermt2pd	%zmm12, %zmm19, %zmm1
	vpermt2pd	%zmm10, %zmm3, %zmm15
	vpermt2pd	%zmm12, %zmm4, %zmm0
	vpermt2pd	%zmm10, %zmm5, %zmm16
	vpermt2pd	%zmm12, %zmm6, %zmm11
	vpermt2pd	%zmm10, %zmm7, %zmm9
	vmovapd	%zmm13, %zmm14 {%k1}
	vmovapd	%zmm1, %zmm15 {%k1}
	vmovapd	%zmm0, %zmm16 {%k1}
	vmovapd	%zmm11, %zmm9 {%k1}
	vmovupd	%zmm9, 1984(%r12)
	vmovupd	%zmm16, 1920(%r12)
	vmovupd	%zmm15, 1856(%r12)
	vmovupd	%zmm14, 1792(%r12)
	jmp	.LBB46_20
	.p2align	4
.LBB46_17:
	movq	%rbp, %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB46_18:
	vcvtps2pd	(%rax), %ymm9
	leaq	(%rax,%r11), %rdx
	leaq	(%r11,%r11), %rsi
	addq	%r11, %rdx
	addq	%rdx, %rsi
	vmovups	%ymm9, (%r12,%rcx)
	vcvtps2pd	(%rax,%r8,4), %ymm9
	vmovups	%ymm9, 32(%r12,%rcx)
	vcvtps2pd	(%rax,%r8,8), %ymm9
	addq	%r10, %rax
	vmovups	%ymm9, 64(%r12,%rcx)
	vcvtps2pd	(%rdx,%r8,4), %ymm9
	vmovups	%ymm9, 96(%r12,%rcx)
	vcvtps2pd	(%rdx,%r8,8), %ymm9
	leaq	(%rsi,%r8,4), %rdx
	vmovups	%ymm9, 128(%r12,%rcx)
	vcvtps2pd	(%rsi,%r8,4), %ymm9
	vmovups	%ymm9, 160(%r12,%rcx)
	vcvtps2pd	(%r11,%rdx), %ymm9
	addq	%r11, %rdx
	vmovups	%ymm9, 192(%r12,%rcx)
	vcvtps2pd	(%r11,%rdx), %ymm9
	vmovupd	%ymm9, 224(%r12,%rcx)
	addq	$256, %rcx
	cmpq	$2048, %rcx
	jne	.LBB46_18
.LBB46_20:
	movq	56(%rsp), %rcx
	shlq	$4, %rcx
	leaq	16(%rcx), %rax
	movq	%rcx, 8(%rsp)
	cmpq	%rdi, %rax
	cmovaeq	%rdi, %rax
	cmpq	%rax, %rcx
	jge	.LBB46_41
	movq	%r14, 176(%rsp)
	movq	%rbx, 184(%rsp)
	movl	$1, %r9d
	movq	16(%rsp), %rax
	addq	%rbx, %rax
	movq	%rax, 72(%rsp)
	movq	112(%rsp), %r8
	movq	$0, 24(%rsp)
	movq	8(%rsp), %rcx
	jmp	.LBB46_22
	.p2align	4
.LBB46_33:
	movq	80(%rsp), %rcx
	movq	32(%rsp), %r9
	incq	24(%rsp)
	movq	88(%rsp), %r8
	incq	%rcx
	incq	%r9
	addq	$256, %r8
	cmpq	72(%rsp), %r9
	je	.LBB46_34
.LBB46_22:
	movq	%r9, 32(%rsp)
	movq	%rcx, %rax
	movq	%rcx, %rdi
	movl	%r9d, %esi
	andl	$7, %esi
	andq	$-8, %r9
	shlq	$6, %rdi
	subq	8(%rsp), %rax
	movq	%rcx, 80(%rsp)
	imulq	208(%rsp), %rcx
	movq	200(%rsp), %rdx
	movq	128(%rsp), %r14
	movq	%r8, 88(%rsp)
	movq	64(%rsp), %r13
	leaq	(%rdx,%rcx,4), %r11
	movq	%r8, %rcx
	xorl	%edx, %edx
	jmp	.LBB46_23
	.p2align	4
.LBB46_31:
	vcvtss2sd	%xmm9, %xmm9, %xmm9
.LBB46_32:
	movq	%rdx, %r8
	imulq	240(%rsp), %r8
	movq	232(%rsp), %r10
	movq	%rdx, %rbx
	shlq	$5, %rbx
	addq	$4, %rcx
	vmovupd	(%r12,%rbx), %ymm10
	vmovupd	8(%r15,%rbx), %xmm11
	vmovupd	16(%r12,%rbx), %xmm12
	vmovups	(%r10,%r8,4), %xmm13
	movq	%rdx, %r10
	imulq	104(%rsp), %r10
	movb	$9, %r8b
	kmovd	%r8d, %k1
	movq	40(%rsp), %r8
	vmovupd	(%r15,%rbx), %ymm14 {%k1} {z}
	vmovups	(%rbp,%r10,4), %xmm15
	leaq	(%rdx,%rdi), %r10
	vpermpd	$236, %ymm14, %ymm14
	vmovsd	%xmm14, %xmm11, %xmm1
	vmovsd	%xmm11, %xmm14, %xmm2
	vmovsldup	%xmm15, %xmm16
	vmovshdup	%xmm15, %xmm15
	vcvtps2pd	%xmm15, %ymm15
	vcvtps2pd	%xmm16, %ymm16
	vmulpd	%ymm15, %ymm10, %ymm15
	vmulpd	%ymm16, %ymm10, %ymm0
	vshufpd	$5, %ymm15, %ymm15, %ymm15
	vaddsubpd	%ymm15, %ymm0, %ymm0
	vunpcklpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm1, %xmm15, %xmm1
	vunpckhpd	%xmm12, %xmm10, %xmm15
	vmulpd	%xmm2, %xmm15, %xmm2
	vshufps	$232, %xmm13, %xmm13, %xmm15
	vshufps	$237, %xmm13, %xmm13, %xmm13
	vcvtps2pd	%xmm15, %xmm15
	vcvtps2pd	%xmm13, %xmm13
	vmovupd	%ymm0, (%r12,%rbx)
	vmovss	(%r8,%r10,4), %xmm0
	movq	%rdx, %r8
	imulq	224(%rsp), %r8
	movq	216(%rsp), %rbx
	vsubpd	%xmm2, %xmm1, %xmm1
	vshufpd	$1, %xmm12, %xmm10, %xmm2
	vmovsd	%xmm10, %xmm12, %xmm10
	vmulpd	%xmm2, %xmm14, %xmm2
	vmulpd	%xmm11, %xmm10, %xmm10
	vmulpd	%xmm1, %xmm15, %xmm1
	vaddpd	%xmm2, %xmm10, %xmm2
	vmulss	(%rbx,%r8,4), %xmm0, %xmm0
	movq	96(%rsp), %r8
	vmulpd	%xmm2, %xmm13, %xmm2
	vsubpd	%xmm2, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm8, %xmm2
	vshufpd	$1, %xmm1, %xmm1, %xmm1
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm1, %xmm9, %xmm1
	vcvtsd2ss	%xmm1, %xmm1, %xmm1
	vaddss	%xmm1, %xmm0, %xmm0
	vmulss	(%r8,%r10,4), %xmm0, %xmm0
	movq	136(%rsp), %r8
	addq	%r8, %r13
	addq	%r8, %r14
	vmovss	%xmm0, (%r11,%rdx,4)
	incq	%rdx
	cmpq	$64, %rdx
	je	.LBB46_33
.LBB46_23:
	movabsq	$9223372036854775806, %r8
	vxorpd	%xmm9, %xmm9, %xmm9
	cmpq	%r8, %rax
	ja	.LBB46_32
	cmpq	$7, 24(%rsp)
	jae	.LBB46_26
	vxorpd	%xmm9, %xmm9, %xmm9
	xorl	%ebx, %ebx
	jmp	.LBB46_29
	.p2align	4
.LBB46_26:
	vxorpd	%xmm9, %xmm9, %xmm9
	movq	%rcx, %r10
	xorl	%ebx, %ebx
	.p2align	4
.LBB46_27:
	vmovss	-28(%r13,%rbx,4), %xmm10
	vmovss	-24(%r13,%rbx,4), %xmm11
	vmulss	(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmulss	-256(%r10), %xmm11, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-20(%r13,%rbx,4), %xmm10
	vmulss	-512(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-16(%r13,%rbx,4), %xmm10
	vmulss	-768(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-12(%r13,%rbx,4), %xmm10
	vmulss	-1024(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-8(%r13,%rbx,4), %xmm10
	vmulss	-1280(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	-4(%r13,%rbx,4), %xmm10
	vmulss	-1536(%r10), %xmm10, %xmm10
	vaddss	%xmm10, %xmm9, %xmm9
	vmovss	(%r13,%rbx,4), %xmm10
	addq	$8, %rbx
	vmulss	-1792(%r10), %xmm10, %xmm10
	addq	$-2048, %r10
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%rbx, %r9
	jne	.LBB46_27
	testb	$7, 32(%rsp)
	je	.LBB46_31
.LBB46_29:
	leaq	(%r14,%rbx,4), %r10
	shlq	$8, %rbx
	movq	%rcx, %r8
	subq	%rbx, %r8
	xorl	%ebx, %ebx
	.p2align	4
.LBB46_30:
	vmovss	(%r10,%rbx,4), %xmm10
	incq	%rbx
	vmulss	(%r8), %xmm10, %xmm10
	addq	$-256, %r8
	vaddss	%xmm10, %xmm9, %xmm9
	cmpq	%rbx, %rsi
	jne	.LBB46_30
	jmp	.LBB46_31
	.p2align	4
.LBB46_34:
	movq	176(%rsp), %r14
	movq	120(%rsp), %rsi
	movq	48(%rsp), %rdi
	movq	104(%rsp), %r8
	movq	184(%rsp), %rbx
	movq	168(%rsp), %r9
	movq	160(%rsp), %r10
	movq	152(%rsp), %r11
	movq	144(%rsp), %r13
	movq	%r14, %rcx
	jmp	.LBB46_35
	.p2align	4
.LBB46_40:
	movq	8(%rsp), %rax
	addq	$256, %rcx
	addq	$256, %rsi
	incq	%rax
	movq	%rax, 8(%rsp)
	cmpq	16(%rsp), %rax
	je	.LBB46_41
.LBB46_35:
	cmpq	$1, %r8
	jne	.LBB46_36
	xorl	%eax, %eax
	.p2align	4
.LBB46_39:
	vmovupd	(%r15,%rax,8), %zmm13
	vmovupd	128(%r15,%rax,8), %zmm15
	vmovupd	64(%r15,%rax,8), %zmm14
	vmovupd	192(%r15,%rax,8), %zmm16
	vbroadcasti64x4	.LCPI46_8(%rip), %zmm9
	vbroadcasti64x4	.LCPI46_9(%rip), %zmm25
	vcvtps2pd	(%rbp,%rax), %zmm1
	vcvtps2pd	4(%rbp,%rax), %zmm2
	vbroadcasti64x4	.LCPI46_11(%rip), %zmm23
	vbroadcasti64x4	.LCPI46_10(%rip), %zmm24
	vcvtps2pd	-32(%rsi,%rax), %zmm0
	movb	$-52, %dl
	kmovd	%edx, %k1
	vmovapd	%zmm15, %zmm10
	vmovapd	%zmm13, %zmm11
	vpermt2pd	%zmm16, %zmm9, %zmm10
	vpermt2pd	%zmm14, %zmm9, %zmm11
	vmovapd	%zmm13, %zmm12
	vpermt2pd	%zmm14, %zmm25, %zmm12
	vmovapd	%zmm13, %zmm22
	vpermt2pd	%zmm14, %zmm23, %zmm13
	vpermt2pd	%zmm14, %zmm24, %zmm22
	vshuff64x2	$228, %zmm10, %zmm11, %zmm20
	vmovapd	%zmm15, %zmm11
	vpermt2pd	%zmm16, %zmm25, %zmm11
	vmulpd	%zmm1, %zmm20, %zmm14
	vshuff64x2	$228, %zmm11, %zmm12, %zmm21
	vmovapd	%zmm15, %zmm12
	vpermt2pd	%zmm16, %zmm23, %zmm15
	vpermt2pd	%zmm16, %zmm24, %zmm12
	vmulpd	%zmm2, %zmm21, %zmm16
	vmulpd	%zmm1, %zmm21, %zmm1
	vcvtps2pd	12(%rbp,%rax), %zmm21
	vmulpd	%zmm2, %zmm20, %zmm2
	vshuff64x2	$228, %zmm15, %zmm13, %zmm13
	vcvtps2pd	8(%rbp,%rax), %zmm15
	vshuff64x2	$228, %zmm12, %zmm22, %zmm22
	vsubpd	%zmm16, %zmm14, %zmm14
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm21, %zmm13, %zmm20
	vmulpd	%zmm21, %zmm22, %zmm2
	vmulpd	%zmm15, %zmm22, %zmm16
	vmulpd	%zmm15, %zmm13, %zmm13
	vsubpd	%zmm20, %zmm16, %zmm16
	vaddpd	%zmm13, %zmm2, %zmm2
	vaddpd	%zmm0, %zmm14, %zmm13
	vaddpd	%zmm0, %zmm16, %zmm0
	vmovapd	%zmm13, %zmm16
	vpermt2pd	%zmm1, %zmm18, %zmm16
	vmovapd	%zmm13, %zmm15
	vpermt2pd	%zmm1, %zmm3, %zmm15
	vmovapd	%zmm0, %zmm20
	vpermt2pd	%zmm2, %zmm17, %zmm20
	vmovapd	%zmm0, %zmm14
	vmovapd	%zmm0, %zmm21
	vpermt2pd	%zmm2, %zmm19, %zmm14
	vpermt2pd	%zmm2, %zmm6, %zmm21
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm20, %zmm16 {%k1}
	vmovapd	%zmm13, %zmm20
	vpermt2pd	%zmm1, %zmm7, %zmm20
	vpermt2pd	%zmm1, %zmm5, %zmm13
	vmovapd	%zmm14, %zmm15 {%k1}
	vmovupd	%zmm16, (%r15,%rax,8)
	vmovupd	%zmm15, 64(%r15,%rax,8)
	vmovapd	%zmm0, %zmm13 {%k1}
	vmovapd	%zmm21, %zmm20 {%k1}
	vmovupd	%zmm13, 128(%r15,%rax,8)
	vmovupd	%zmm20, 192(%r15,%rax,8)
	vcvtps2pd	(%rsi,%rax), %zmm0
	vmovupd	384(%r15,%rax,8), %zmm16
	vmovupd	320(%r15,%rax,8), %zmm13
	vmovupd	256(%r15,%rax,8), %zmm14
	vmovupd	448(%r15,%rax,8), %zmm15
	vcvtps2pd	32(%rbp,%rax), %zmm1
	vcvtps2pd	36(%rbp,%rax), %zmm2
	vmovapd	%zmm16, %zmm20
	vmovapd	%zmm16, %zmm22
	vpermt2pd	%zmm15, %zmm9, %zmm20
	vpermi2pd	%zmm13, %zmm14, %zmm9
	vpermt2pd	%zmm15, %zmm25, %zmm22
	vpermi2pd	%zmm13, %zmm14, %zmm25
	vmovapd	%zmm16, %zmm21
	vpermt2pd	%zmm15, %zmm24, %zmm21
	vpermi2pd	%zmm13, %zmm14, %zmm24
	vpermt2pd	%zmm15, %zmm23, %zmm16
	vpermt2pd	%zmm13, %zmm23, %zmm14
	vshuff64x2	$228, %zmm20, %zmm9, %zmm9
	vshuff64x2	$228, %zmm22, %zmm25, %zmm10
	vshuff64x2	$228, %zmm21, %zmm24, %zmm11
	vshuff64x2	$228, %zmm16, %zmm14, %zmm12
	vmulpd	%zmm1, %zmm9, %zmm13
	vmulpd	%zmm2, %zmm10, %zmm15
	vmulpd	%zmm2, %zmm9, %zmm2
	vcvtps2pd	40(%rbp,%rax), %zmm9
	vmulpd	%zmm1, %zmm10, %zmm1
	vsubpd	%zmm15, %zmm13, %zmm13
	vcvtps2pd	44(%rbp,%rax), %zmm15
	vaddpd	%zmm1, %zmm2, %zmm1
	vmulpd	%zmm9, %zmm11, %zmm10
	vmulpd	%zmm9, %zmm12, %zmm9
	vmulpd	%zmm15, %zmm12, %zmm14
	vmulpd	%zmm15, %zmm11, %zmm2
	vsubpd	%zmm14, %zmm10, %zmm10
	vaddpd	%zmm9, %zmm2, %zmm2
	vaddpd	%zmm0, %zmm13, %zmm9
	vaddpd	%zmm0, %zmm10, %zmm0
	vmovapd	%zmm9, %zmm12
	vpermt2pd	%zmm1, %zmm18, %zmm12
	vmovapd	%zmm9, %zmm11
	vpermt2pd	%zmm1, %zmm3, %zmm11
	vmovapd	%zmm0, %zmm13
	vpermt2pd	%zmm2, %zmm17, %zmm13
	vmovapd	%zmm0, %zmm10
	vmovapd	%zmm0, %zmm14
	vpermt2pd	%zmm2, %zmm19, %zmm10
	vpermt2pd	%zmm2, %zmm6, %zmm14
	vpermt2pd	%zmm2, %zmm4, %zmm0
	vmovapd	%zmm13, %zmm12 {%k1}
	vmovapd	%zmm9, %zmm13
	vpermt2pd	%zmm1, %zmm7, %zmm13
	vpermt2pd	%zmm1, %zmm5, %zmm9
	vmovapd	%zmm10, %zmm11 {%k1}
	vmovupd	%zmm12, 256(%r15,%rax,8)
	vmovupd	%zmm11, 320(%r15,%rax,8)
	vmovapd	%zmm14, %zmm13 {%k1}
	vmovapd	%zmm0, %zmm9 {%k1}
	vmovupd	%zmm9, 384(%r15,%rax,8)
	vmovupd	%zmm13, 448(%r15,%rax,8)
	addq	$64, %rax
	cmpq	$256, %rax
	jne	.LBB46_39
	jmp	.LBB46_40
	.p2align	4
.LBB46_36:
	leaq	12(%rbp), %rax
	xorl	%edx, %edx
	.p2align	4
.LBB46_37:
	vmovss	-4(%rcx,%rdx), %xmm0
	vmovss	-12(%rax), %xmm1
	vmovss	-8(%rax), %xmm2
	vmovsd	(%r15,%rdx,8), %xmm9
	vmovsd	8(%r15,%rdx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, (%r15,%rdx,8)
	vmovsd	%xmm1, 8(%r15,%rdx,8)
	vmovss	-4(%rax), %xmm1
	vmovss	(%rax), %xmm2
	vmovsd	16(%r15,%rdx,8), %xmm9
	vmovsd	24(%r15,%rdx,8), %xmm10
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 16(%r15,%rdx,8)
	vmovss	(%rcx,%rdx), %xmm0
	vmovsd	%xmm1, 24(%r15,%rdx,8)
	vmovss	-12(%rax,%r11), %xmm1
	vmovss	-8(%rax,%r11), %xmm2
	vmovsd	32(%r15,%rdx,8), %xmm9
	vmovsd	40(%r15,%rdx,8), %xmm10
	vcvtss2sd	%xmm0, %xmm0, %xmm0
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm2
	vmovsd	%xmm2, 32(%r15,%rdx,8)
	vmovsd	%xmm1, 40(%r15,%rdx,8)
	vmovss	-4(%rax,%r11), %xmm1
	vmovss	(%rax,%r11), %xmm2
	vmovsd	48(%r15,%rdx,8), %xmm9
	vmovsd	56(%r15,%rdx,8), %xmm10
	addq	%r13, %rax
	vcvtss2sd	%xmm1, %xmm1, %xmm1
	vcvtss2sd	%xmm2, %xmm2, %xmm2
	vmulsd	%xmm1, %xmm9, %xmm11
	vmulsd	%xmm2, %xmm10, %xmm12
	vmulsd	%xmm1, %xmm10, %xmm1
	vmulsd	%xmm2, %xmm9, %xmm2
	vsubsd	%xmm12, %xmm11, %xmm11
	vaddsd	%xmm1, %xmm2, %xmm1
	vaddsd	%xmm0, %xmm11, %xmm0
	vmovsd	%xmm0, 48(%r15,%rdx,8)
	vmovsd	%xmm1, 56(%r15,%rdx,8)
	addq	$8, %rdx
	cmpq	$256, %rdx
	jne	.LBB46_37
	jmp	.LBB46_40
.LBB46_42:
	movq	40(%rsp), %rdi
	vzeroupper
	callq	free@PLT
	movq	96(%rsp), %rdi
	callq	free@PLT
	movq	%r15, %rdi
	callq	free@PLT
	movq	%r12, %rdi
	addq	$248, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end46:
	.size	k79, .Lfunc_end46-k79

	.globl	_mlir_ciface_k79
	.p2align	4
	.type	_mlir_ciface_k79,@function
_mlir_ciface_k79:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$424, %rsp
	movq	%r9, %rax
	movq	8(%rdi), %r9
	movq	40(%rdi), %rdi
	movq	%rsi, %r10
	movq	480(%rsp), %rbx
	movq	488(%rsp), %r11
	movq	40(%rcx), %rsi
	movq	8(%rcx), %r15
	movq	8(%r8), %r12
	movq	8(%rdx), %r14
	movq	40(%r8), %r8
	movq	8(%rax), %r13
	movq	%r9, 416(%rsp)
	movq	8(%r10), %r9
	movq	%rdi, 408(%rsp)
	movq	40(%rdx), %rdi
	movq	40(%rax), %rdx
	movq	8(%rbx), %rbp
	movq	40(%r10), %r10
	movq	40(%rbx), %rbx
	movq	8(%r11), %rcx
	movq	24(%r11), %rax
	movq	40(%r11), %r11
	movq	%rsi, 160(%rsp)
	movq	%r13, 240(%rsp)
	movq	%r8, 216(%rsp)
	movq	%r12, 184(%rsp)
	movq	%r15, 128(%rsp)
	movq	%r14, 72(%rsp)
	movq	416(%rsp), %rsi
	movq	%r9, 16(%rsp)
	movq	408(%rsp), %r9
	movq	%r11, 384(%rsp)
	movq	%rax, 368(%rsp)
	movq	%rcx, 352(%rsp)
	movq	%rbx, 328(%rsp)
	movq	%rbp, 296(%rsp)
	movq	%rdx, 272(%rsp)
	movq	%rdi, 104(%rsp)
	movq	%r10, 48(%rsp)
	callq	k79@PLT
	addq	$424, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	retq
.Lfunc_end47:
	.size	_mlir_ciface_k79, .Lfunc_end47-_mlir_ciface_k79

	.globl	k82
	.p2align	4
	.type	k82,@function
k82:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	cmpq	$0, 200(%rsp)
	movq	%r9, -16(%rsp)
	movq	%rsi, -24(%rsp)
	jle	.LBB48_13
	movq	216(%rsp), %rax
	movq	104(%rsp), %rcx
	movq	184(%rsp), %rdx
	movq	72(%rsp), %r11
	movq	160(%rsp), %rdi
	xorl	%r9d, %r9d
	leaq	(,%rax,4), %rbx
	imulq	$252, %rcx, %rax
	movq	%rdx, %rsi
	subq	128(%rsp), %rsi
	leaq	(,%rdi,4), %rbp
	movq	%rdi, %r13
	leaq	60(%rdx), %r12
	shlq	$6, %r13
	movq	%rbx, -32(%rsp)
	leaq	256(%r11,%rax), %rax
	movq	%rax, -40(%rsp)
	leaq	(,%rcx,4), %rax
	leaq	28(%rdx), %rcx
	movq	%rsi, -48(%rsp)
	jmp	.LBB48_2
	.p2align	4
.LBB48_12:
	movq	-32(%rsp), %rbx
	incq	%r9
	addq	%rbx, %r12
	addq	%rbx, %rcx
	cmpq	200(%rsp), %r9
	je	.LBB48_13
.LBB48_2:
	movq	%r9, %r15
	imulq	216(%rsp), %r15
	imulq	%r9, %rbx
	movq	%r9, -8(%rsp)
	cmpq	$1, %rdi
	jne	.LBB48_4
	movq	-48(%rsp), %rsi
	addq	%rbx, %rsi
	cmpq	$255, %rsi
	jbe	.LBB48_4
	movq	128(%rsp), %rsi
	vmovups	(%rsi), %zmm0
	vmovups	64(%rsi), %zmm1
	vmovups	128(%rsi), %zmm2
	vmovups	192(%rsi), %zmm3
	vmovups	%zmm0, (%rdx,%r15,4)
	vmovups	%zmm1, 64(%rdx,%r15,4)
	vmovups	%zmm2, 128(%rdx,%r15,4)
	vmovups	%zmm3, 192(%rdx,%r15,4)
	jmp	.LBB48_7
	.p2align	4
.LBB48_4:
	movq	128(%rsp), %rsi
	leaq	(%rbp,%rbp), %r9
	xorl	%r8d, %r8d
	.p2align	4
.LBB48_5:
	vmovss	(%rsi), %xmm0
	leaq	(%rsi,%rbp), %r10
	addq	%rbp, %r10
	vmovss	%xmm0, -60(%r12,%r8,4)
	vmovss	(%rsi,%rdi,4), %xmm0
	vmovss	%xmm0, -56(%r12,%r8,4)
	vmovss	(%rsi,%rdi,8), %xmm0
	addq	%r13, %rsi
	vmovss	%xmm0, -52(%r12,%r8,4)
	vmovss	(%r10,%rdi,4), %xmm0
	vmovss	%xmm0, -48(%r12,%r8,4)
	vmovss	(%r10,%rdi,8), %xmm0
	addq	%r9, %r10
	leaq	(%r10,%rdi,4), %r14
	vmovss	%xmm0, -44(%r12,%r8,4)
	vmovss	(%r10,%rdi,4), %xmm0
	vmovss	%xmm0, -40(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -36(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -32(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -28(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -24(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -20(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -16(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -12(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -8(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	addq	%rbp, %r14
	vmovss	%xmm0, -4(%r12,%r8,4)
	vmovss	(%rbp,%r14), %xmm0
	vmovss	%xmm0, (%r12,%r8,4)
	addq	$16, %r8
	cmpq	$64, %r8
	jne	.LBB48_5
.LBB48_7:
	movq	104(%rsp), %r10
	movq	-8(%rsp), %r9
	leaq	(%rdx,%rbx), %rsi
	leaq	256(%rdx,%rbx), %r8
	movq	-24(%rsp), %r14
	shrq	$61, %r10
	movq	%r9, %rbx
	imulq	-16(%rsp), %rbx
	andl	$1, %r10d
	cmpq	-40(%rsp), %rsi
	setb	%sil
	cmpq	%r8, %r11
	setb	%r8b
	leaq	(%r14,%rbx,4), %rbx
	xorl	%r14d, %r14d
	andb	%sil, %r8b
	leaq	28(%r11), %rsi
	orb	%r10b, %r8b
	jmp	.LBB48_8
	.p2align	4
.LBB48_14:
	movq	%r14, %r10
	imulq	104(%rsp), %r10
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%r11,%r10,4), %zmm0, %zmm1
	vmulps	64(%r11,%r10,4), %zmm0, %zmm2
	vmulps	128(%r11,%r10,4), %zmm0, %zmm3
	vmulps	192(%r11,%r10,4), %zmm0, %zmm0
	vaddps	(%rdx,%r15,4), %zmm1, %zmm1
	vaddps	64(%rdx,%r15,4), %zmm2, %zmm2
	vaddps	128(%rdx,%r15,4), %zmm3, %zmm3
	vaddps	192(%rdx,%r15,4), %zmm0, %zmm0
	vmovups	%zmm1, (%rdx,%r15,4)
	vmovups	%zmm2, 64(%rdx,%r15,4)
	vmovups	%zmm3, 128(%rdx,%r15,4)
	vmovups	%zmm0, 192(%rdx,%r15,4)
.LBB48_11:
	incq	%r14
	addq	%rax, %rsi
	cmpq	$64, %r14
	je	.LBB48_12
.LBB48_8:
	vmovss	(%rbx,%r14,4), %xmm0
	testb	%r8b, %r8b
	je	.LBB48_14
	xorl	%r10d, %r10d
	.p2align	4
.LBB48_10:
	vmulss	-28(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-28(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%rcx,%r10,4)
	vmulss	-24(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-24(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%rcx,%r10,4)
	vmulss	-20(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-20(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%rcx,%r10,4)
	vmulss	-16(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-16(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%rcx,%r10,4)
	vmulss	-12(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-12(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%rcx,%r10,4)
	vmulss	-8(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-8(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%rcx,%r10,4)
	vmulss	-4(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	-4(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%rcx,%r10,4)
	vmulss	(%rsi,%r10,4), %xmm0, %xmm1
	vaddss	(%rcx,%r10,4), %xmm1, %xmm1
	vmovss	%xmm1, (%rcx,%r10,4)
	addq	$8, %r10
	cmpq	$64, %r10
	jne	.LBB48_10
	jmp	.LBB48_11
.LBB48_13:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end48:
	.size	k82, .Lfunc_end48-k82

	.globl	_mlir_ciface_k82
	.p2align	4
	.type	_mlir_ciface_k82,@function
_mlir_ciface_k82:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	24(%rcx), %rax
	movq	%rax, -8(%rsp)
	testq	%rax, %rax
	jle	.LBB49_13
	movq	8(%rdi), %rax
	movq	40(%rdi), %rdi
	movq	8(%rsi), %r9
	movq	40(%rsi), %rsi
	movq	8(%rcx), %r11
	movq	%rax, -16(%rsp)
	movq	40(%rcx), %rax
	movq	%rdi, -24(%rsp)
	movq	8(%rdx), %rdi
	movq	40(%rdx), %rdx
	leaq	(,%rsi,4), %r15
	movq	%r11, %rcx
	leaq	60(%r11), %r12
	leaq	28(%r11), %r8
	leaq	(,%rax,4), %rbx
	movq	%rax, -32(%rsp)
	imulq	$252, %rsi, %rax
	leaq	(,%rdx,4), %rbp
	movq	%rdx, %r13
	subq	%rdi, %rcx
	shlq	$6, %r13
	movq	%rdi, -72(%rsp)
	xorl	%edi, %edi
	movq	%rcx, -56(%rsp)
	movq	%rbx, -40(%rsp)
	leaq	256(%r9,%rax), %rax
	movq	%rax, -48(%rsp)
	jmp	.LBB49_2
	.p2align	4
.LBB49_12:
	movq	-64(%rsp), %rdi
	movq	-40(%rsp), %rbx
	incq	%rdi
	addq	%rbx, %r12
	addq	%rbx, %r8
	cmpq	-8(%rsp), %rdi
	je	.LBB49_13
.LBB49_2:
	imulq	%rdi, %rbx
	movq	%rdi, -64(%rsp)
	imulq	-32(%rsp), %rdi
	cmpq	$1, %rdx
	jne	.LBB49_4
	movq	-56(%rsp), %rax
	addq	%rbx, %rax
	cmpq	$255, %rax
	jbe	.LBB49_4
	movq	-72(%rsp), %rax
	vmovups	(%rax), %zmm0
	vmovups	64(%rax), %zmm1
	vmovups	128(%rax), %zmm2
	vmovups	192(%rax), %zmm3
	vmovups	%zmm0, (%r11,%rdi,4)
	vmovups	%zmm1, 64(%r11,%rdi,4)
	vmovups	%zmm2, 128(%r11,%rdi,4)
	vmovups	%zmm3, 192(%r11,%rdi,4)
	jmp	.LBB49_7
	.p2align	4
.LBB49_4:
	movq	-72(%rsp), %rax
	xorl	%ecx, %ecx
	.p2align	4
.LBB49_5:
	vmovss	(%rax), %xmm0
	leaq	(%rax,%rbp), %r10
	leaq	(%rbp,%rbp), %r14
	addq	%rbp, %r10
	addq	%r10, %r14
	vmovss	%xmm0, -60(%r12,%rcx,4)
	vmovss	(%rax,%rdx,4), %xmm0
	vmovss	%xmm0, -56(%r12,%rcx,4)
	vmovss	(%rax,%rdx,8), %xmm0
	addq	%r13, %rax
	vmovss	%xmm0, -52(%r12,%rcx,4)
	vmovss	(%r10,%rdx,4), %xmm0
	vmovss	%xmm0, -48(%r12,%rcx,4)
	vmovss	(%r10,%rdx,8), %xmm0
	leaq	(%r14,%rdx,4), %r10
	vmovss	%xmm0, -44(%r12,%rcx,4)
	vmovss	(%r14,%rdx,4), %xmm0
	vmovss	%xmm0, -40(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -36(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -32(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -28(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -24(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -20(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -16(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -12(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -8(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	addq	%rbp, %r10
	vmovss	%xmm0, -4(%r12,%rcx,4)
	vmovss	(%rbp,%r10), %xmm0
	vmovss	%xmm0, (%r12,%rcx,4)
	addq	$16, %rcx
	cmpq	$64, %rcx
	jne	.LBB49_5
.LBB49_7:
	movq	%rsi, %r10
	shrq	$61, %r10
	leaq	(%r11,%rbx), %rax
	leaq	256(%r11,%rbx), %rcx
	movq	-64(%rsp), %rbx
	movq	-16(%rsp), %r14
	imulq	-24(%rsp), %rbx
	andl	$1, %r10d
	cmpq	-48(%rsp), %rax
	setb	%al
	cmpq	%rcx, %r9
	setb	%cl
	andb	%al, %cl
	leaq	(%r14,%rbx,4), %rbx
	leaq	28(%r9), %rax
	orb	%r10b, %cl
	xorl	%r10d, %r10d
	jmp	.LBB49_8
	.p2align	4
.LBB49_14:
	movq	%r10, %r14
	imulq	%rsi, %r14
	vbroadcastss	%xmm0, %zmm0
	vmulps	(%r9,%r14,4), %zmm0, %zmm1
	vmulps	64(%r9,%r14,4), %zmm0, %zmm2
	vmulps	128(%r9,%r14,4), %zmm0, %zmm3
	vmulps	192(%r9,%r14,4), %zmm0, %zmm0
	vaddps	(%r11,%rdi,4), %zmm1, %zmm1
	vaddps	64(%r11,%rdi,4), %zmm2, %zmm2
	vaddps	128(%r11,%rdi,4), %zmm3, %zmm3
	vaddps	192(%r11,%rdi,4), %zmm0, %zmm0
	vmovups	%zmm1, (%r11,%rdi,4)
	vmovups	%zmm2, 64(%r11,%rdi,4)
	vmovups	%zmm3, 128(%r11,%rdi,4)
	vmovups	%zmm0, 192(%r11,%rdi,4)
.LBB49_11:
	incq	%r10
	addq	%r15, %rax
	cmpq	$64, %r10
	je	.LBB49_12
.LBB49_8:
	vmovss	(%rbx,%r10,4), %xmm0
	testb	%cl, %cl
	je	.LBB49_14
	xorl	%r14d, %r14d
	.p2align	4
.LBB49_10:
	vmulss	-28(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-28(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -28(%r8,%r14,4)
	vmulss	-24(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-24(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -24(%r8,%r14,4)
	vmulss	-20(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-20(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -20(%r8,%r14,4)
	vmulss	-16(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-16(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -16(%r8,%r14,4)
	vmulss	-12(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-12(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -12(%r8,%r14,4)
	vmulss	-8(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-8(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -8(%r8,%r14,4)
	vmulss	-4(%rax,%r14,4), %xmm0, %xmm1
	vaddss	-4(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, -4(%r8,%r14,4)
	vmulss	(%rax,%r14,4), %xmm0, %xmm1
	vaddss	(%r8,%r14,4), %xmm1, %xmm1
	vmovss	%xmm1, (%r8,%r14,4)
	addq	$8, %r14
	cmpq	$64, %r14
	jne	.LBB49_10
	jmp	.LBB49_11
.LBB49_13:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end49:
	.size	_mlir_ciface_k82, .Lfunc_end49-_mlir_ciface_k82

	.globl	k83
	.p2align	4
	.type	k83,@function
k83:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	144(%rsp), %rdi
	movq	%r9, -8(%rsp)
	testq	%rdi, %rdi
	jle	.LBB50_6
	movq	160(%rsp), %rax
	movq	128(%rsp), %rdx
	leaq	-1(%rdi), %rcx
	movq	104(%rsp), %r12
	movq	72(%rsp), %r8
	movq	%rax, %r10
	imulq	%rcx, %r10
	leaq	60(%r8), %r15
	leaq	60(%rdx), %r13
	leaq	256(%rdx,%r10,4), %r11
	leaq	(,%rax,4), %r10
	movq	-8(%rsp), %rax
	movq	%rax, %rbx
	imulq	%rcx, %rbx
	imulq	%r12, %rcx
	movq	%rax, %r14
	leaq	(,%rax,4), %r9
	leaq	256(%rsi,%rbx,4), %rbx
	leaq	256(%r8,%rcx,4), %rcx
	cmpq	%rbx, %rdx
	setb	%bl
	cmpq	%r11, %rsi
	setb	%bpl
	andb	%bl, %bpl
	testq	%r10, %r10
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%rcx, %rdx
	setb	%cl
	cmpq	%r11, %r8
	movq	%r12, %r11
	leaq	(,%r12,4), %r12
	setb	%bpl
	shrq	$61, %r11
	xorl	%eax, %eax
	andl	$1, %r11d
	andb	%cl, %bpl
	orb	%bl, %r11b
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rsi), %r14
	jmp	.LBB50_2
	.p2align	4
.LBB50_7:
	movq	%rax, %rcx
	imulq	-8(%rsp), %rcx
	movq	%rax, %rbp
	imulq	104(%rsp), %rbp
	movq	%r10, %rbx
	movq	%rdi, %r10
	movq	%rax, %rdi
	imulq	160(%rsp), %rdi
	vmovups	(%rsi,%rcx,4), %zmm0
	vmovups	64(%rsi,%rcx,4), %zmm1
	vmovups	128(%rsi,%rcx,4), %zmm2
	vmovups	192(%rsi,%rcx,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%rdx,%rdi,4)
	vmovups	%zmm1, 64(%rdx,%rdi,4)
	vmovups	%zmm2, 128(%rdx,%rdi,4)
	vmovups	%zmm3, 192(%rdx,%rdi,4)
	movq	%r10, %rdi
	movq	%rbx, %r10
.LBB50_5:
	incq	%rax
	addq	%r9, %r14
	addq	%r12, %r15
	addq	%r10, %r13
	cmpq	%rdi, %rax
	je	.LBB50_6
.LBB50_2:
	testb	%r11b, %r11b
	je	.LBB50_7
	xorl	%ecx, %ecx
	.p2align	4
.LBB50_4:
	vmovss	-60(%r14,%rcx,4), %xmm0
	vaddss	-60(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%rcx,4)
	vmovss	-56(%r14,%rcx,4), %xmm0
	vaddss	-56(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%rcx,4)
	vmovss	-52(%r14,%rcx,4), %xmm0
	vaddss	-52(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%rcx,4)
	vmovss	-48(%r14,%rcx,4), %xmm0
	vaddss	-48(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%rcx,4)
	vmovss	-44(%r14,%rcx,4), %xmm0
	vaddss	-44(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%rcx,4)
	vmovss	-40(%r14,%rcx,4), %xmm0
	vaddss	-40(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%rcx,4)
	vmovss	-36(%r14,%rcx,4), %xmm0
	vaddss	-36(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%rcx,4)
	vmovss	-32(%r14,%rcx,4), %xmm0
	vaddss	-32(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%rcx,4)
	vmovss	-28(%r14,%rcx,4), %xmm0
	vaddss	-28(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%rcx,4)
	vmovss	-24(%r14,%rcx,4), %xmm0
	vaddss	-24(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%rcx,4)
	vmovss	-20(%r14,%rcx,4), %xmm0
	vaddss	-20(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%rcx,4)
	vmovss	-16(%r14,%rcx,4), %xmm0
	vaddss	-16(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%rcx,4)
	vmovss	-12(%r14,%rcx,4), %xmm0
	vaddss	-12(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%rcx,4)
	vmovss	-8(%r14,%rcx,4), %xmm0
	vaddss	-8(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%rcx,4)
	vmovss	-4(%r14,%rcx,4), %xmm0
	vaddss	-4(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%rcx,4)
	vmovss	(%r14,%rcx,4), %xmm0
	vaddss	(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%rcx,4)
	addq	$16, %rcx
	cmpq	$64, %rcx
	jne	.LBB50_4
	jmp	.LBB50_5
.LBB50_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end50:
	.size	k83, .Lfunc_end50-k83

	.globl	_mlir_ciface_k83
	.p2align	4
	.type	_mlir_ciface_k83,@function
_mlir_ciface_k83:
	movq	24(%rdx), %rax
	testq	%rax, %rax
	jle	.LBB51_7
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	8(%rdi), %rcx
	movq	40(%rdi), %rdi
	movq	8(%rdx), %r9
	movq	40(%rdx), %rdx
	leaq	-1(%rax), %r10
	movq	40(%rsi), %r13
	movq	8(%rsi), %r8
	movq	%rdi, %rbx
	imulq	%r10, %rbx
	movq	%rdx, %r11
	imulq	%r10, %r11
	imulq	%r13, %r10
	movq	%rdx, -8(%rsp)
	leaq	(,%rdx,4), %rdx
	movq	%rdi, %r14
	leaq	(,%r13,4), %r12
	leaq	60(%r8), %r15
	movq	%r13, -24(%rsp)
	movq	%rdi, -16(%rsp)
	leaq	256(%rcx,%rbx,4), %rbx
	leaq	256(%r9,%r11,4), %r11
	leaq	256(%r8,%r10,4), %r10
	cmpq	%rbx, %r9
	setb	%bl
	cmpq	%r11, %rcx
	setb	%bpl
	andb	%bl, %bpl
	testq	%rdx, %rdx
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%r10, %r9
	setb	%r10b
	cmpq	%r11, %r8
	movq	%r13, %r11
	leaq	60(%r9), %r13
	setb	%bpl
	shrq	$61, %r11
	andl	$1, %r11d
	andb	%r10b, %bpl
	orb	%bl, %r11b
	leaq	(,%rdi,4), %rbx
	xorl	%edi, %edi
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rcx), %r14
	jmp	.LBB51_2
	.p2align	4
.LBB51_8:
	movq	%rdi, %r10
	imulq	-16(%rsp), %r10
	movq	%rdi, %rbp
	imulq	-24(%rsp), %rbp
	movq	%rbx, %rsi
	movq	%rdx, %rbx
	movq	%rdi, %rdx
	imulq	-8(%rsp), %rdx
	vmovups	(%rcx,%r10,4), %zmm0
	vmovups	64(%rcx,%r10,4), %zmm1
	vmovups	128(%rcx,%r10,4), %zmm2
	vmovups	192(%rcx,%r10,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%r9,%rdx,4)
	vmovups	%zmm1, 64(%r9,%rdx,4)
	vmovups	%zmm2, 128(%r9,%rdx,4)
	vmovups	%zmm3, 192(%r9,%rdx,4)
	movq	%rbx, %rdx
	movq	%rsi, %rbx
.LBB51_5:
	incq	%rdi
	addq	%rbx, %r14
	addq	%r12, %r15
	addq	%rdx, %r13
	cmpq	%rax, %rdi
	je	.LBB51_6
.LBB51_2:
	testb	%r11b, %r11b
	je	.LBB51_8
	xorl	%r10d, %r10d
	.p2align	4
.LBB51_4:
	vmovss	-60(%r14,%r10,4), %xmm0
	vaddss	-60(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%r10,4)
	vmovss	-56(%r14,%r10,4), %xmm0
	vaddss	-56(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%r10,4)
	vmovss	-52(%r14,%r10,4), %xmm0
	vaddss	-52(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%r10,4)
	vmovss	-48(%r14,%r10,4), %xmm0
	vaddss	-48(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%r10,4)
	vmovss	-44(%r14,%r10,4), %xmm0
	vaddss	-44(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%r10,4)
	vmovss	-40(%r14,%r10,4), %xmm0
	vaddss	-40(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%r10,4)
	vmovss	-36(%r14,%r10,4), %xmm0
	vaddss	-36(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%r10,4)
	vmovss	-32(%r14,%r10,4), %xmm0
	vaddss	-32(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%r10,4)
	vmovss	-28(%r14,%r10,4), %xmm0
	vaddss	-28(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%r10,4)
	vmovss	-24(%r14,%r10,4), %xmm0
	vaddss	-24(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%r10,4)
	vmovss	-20(%r14,%r10,4), %xmm0
	vaddss	-20(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%r10,4)
	vmovss	-16(%r14,%r10,4), %xmm0
	vaddss	-16(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%r10,4)
	vmovss	-12(%r14,%r10,4), %xmm0
	vaddss	-12(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%r10,4)
	vmovss	-8(%r14,%r10,4), %xmm0
	vaddss	-8(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%r10,4)
	vmovss	-4(%r14,%r10,4), %xmm0
	vaddss	-4(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%r10,4)
	vmovss	(%r14,%r10,4), %xmm0
	vaddss	(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%r10,4)
	addq	$16, %r10
	cmpq	$64, %r10
	jne	.LBB51_4
	jmp	.LBB51_5
.LBB51_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
.LBB51_7:
	vzeroupper
	retq
.Lfunc_end51:
	.size	_mlir_ciface_k83, .Lfunc_end51-_mlir_ciface_k83

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI52_0:
	.long	0x3c800000
.LCPI52_1:
	.long	0x3727c5ac
.LCPI52_2:
	.long	0x3f800000
	.text
	.globl	k87
	.p2align	4
	.type	k87,@function
k87:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$248, %rsp
	movq	%r9, 176(%rsp)
	movq	%rsi, %r15
	movq	520(%rsp), %rax
	movq	%rax, 16(%rsp)
	movq	504(%rsp), %rdi
	movq	%rdi, 40(%rsp)
	shlq	$8, %rdi
	movq	464(%rsp), %rax
	movq	488(%rsp), %rbp
	movq	%rax, 112(%rsp)
	movq	376(%rsp), %rax
	movq	432(%rsp), %rbx
	movq	408(%rsp), %r13
	movq	%rax, 104(%rsp)
	movq	320(%rsp), %rax
	movq	352(%rsp), %r14
	movq	%rax, 48(%rsp)
	movq	%rdi, 88(%rsp)
	callq	malloc@PLT
	cmpq	$0, 40(%rsp)
	movq	%rax, %r12
	jle	.LBB52_23
	vmovss	.LCPI52_0(%rip), %xmm0
	vmovss	.LCPI52_1(%rip), %xmm1
	vmovss	.LCPI52_2(%rip), %xmm2
	movq	176(%rsp), %r10
	leaq	(,%r14,4), %rdi
	movq	%r14, %rsi
	leaq	28(%r15), %rax
	leaq	28(%r12), %rdx
	shlq	$5, %rsi
	xorl	%r8d, %r8d
	leaq	(%rdi,%rdi), %r9
	leaq	(,%r10,4), %rcx
	movq	%rcx, (%rsp)
	movq	%r10, %rcx
	movq	%r12, 96(%rsp)
	jmp	.LBB52_2
	.p2align	4
.LBB52_24:
	leaq	(%r15,%r10,4), %r10
	movq	48(%rsp), %rcx
	vbroadcastss	%xmm3, %zmm3
	movq	%r8, %r11
	shlq	$8, %r11
	vmulps	(%r10), %zmm3, %zmm4
	vmulps	64(%r10), %zmm3, %zmm5
	vmulps	128(%r10), %zmm3, %zmm6
	vmulps	192(%r10), %zmm3, %zmm3
	vmulps	(%rcx), %zmm4, %zmm4
	vmulps	64(%rcx), %zmm5, %zmm5
	vmulps	128(%rcx), %zmm6, %zmm6
	vmulps	192(%rcx), %zmm3, %zmm3
	vmovups	%zmm4, (%r12,%r11)
	vmovups	%zmm5, 64(%r12,%r11)
	vmovups	%zmm6, 128(%r12,%r11)
	vmovups	%zmm3, 192(%r12,%r11)
.LBB52_5:
	addq	(%rsp), %rax
	movq	96(%rsp), %r12
	movq	176(%rsp), %rcx
	incq	%r8
	addq	$256, %rdx
	cmpq	40(%rsp), %r8
	je	.LBB52_6
.LBB52_2:
	movq	%r8, %r10
	imulq	%rcx, %r10
	vmovss	(%r15,%r10,4), %xmm3
	vmovss	4(%r15,%r10,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	192(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	196(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	200(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	204(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	208(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	212(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	216(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	220(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	224(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	228(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	232(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	236(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	240(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	244(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	248(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	252(%r15,%r10,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmulss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %r14
	je	.LBB52_24
	movq	48(%rsp), %r10
	xorl	%r11d, %r11d
	.p2align	4
.LBB52_4:
	vmulss	-28(%rax,%r11,4), %xmm3, %xmm4
	leaq	(%r10,%rdi), %rcx
	addq	%rdi, %rcx
	vmulss	(%r10), %xmm4, %xmm4
	vmovss	%xmm4, -28(%rdx,%r11,4)
	vmulss	-24(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%r10,%r14,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%rdx,%r11,4)
	vmulss	-20(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%r10,%r14,8), %xmm4, %xmm4
	addq	%rsi, %r10
	vmovss	%xmm4, -20(%rdx,%r11,4)
	vmulss	-16(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r14,4), %xmm4, %xmm4
	vmovss	%xmm4, -16(%rdx,%r11,4)
	vmulss	-12(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r14,8), %xmm4, %xmm4
	addq	%r9, %rcx
	leaq	(%rcx,%r14,4), %r12
	vmovss	%xmm4, -12(%rdx,%r11,4)
	vmulss	-8(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rcx,%r14,4), %xmm4, %xmm4
	vmovss	%xmm4, -8(%rdx,%r11,4)
	vmulss	-4(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rdi,%r12), %xmm4, %xmm4
	addq	%rdi, %r12
	vmovss	%xmm4, -4(%rdx,%r11,4)
	vmulss	(%rax,%r11,4), %xmm3, %xmm4
	vmulss	(%rdi,%r12), %xmm4, %xmm4
	vmovss	%xmm4, (%rdx,%r11,4)
	addq	$8, %r11
	cmpq	$64, %r11
	jne	.LBB52_4
	jmp	.LBB52_5
.LBB52_6:
	movq	88(%rsp), %rax
	leaq	(%rax,%rax,2), %rdi
	vzeroupper
	callq	malloc@PLT
	movq	104(%rsp), %r8
	shlq	$2, %r13
	movq	%rax, %r14
	xorl	%eax, %eax
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r12, %rcx
	addq	$704, %r8
	.p2align	4
.LBB52_7:
	leaq	(%rax,%rax,2), %rsi
	xorl	%edi, %edi
	shlq	$8, %rsi
	vmovups	%zmm0, (%r14,%rsi)
	vmovups	%zmm0, 64(%r14,%rsi)
	vmovups	%zmm0, 128(%r14,%rsi)
	vmovups	%zmm0, 192(%r14,%rsi)
	vmovups	%zmm0, 256(%r14,%rsi)
	vmovups	%zmm0, 320(%r14,%rsi)
	vmovups	%zmm0, 384(%r14,%rsi)
	vmovups	%zmm0, 448(%r14,%rsi)
	vmovups	%zmm0, 512(%r14,%rsi)
	vmovups	%zmm0, 576(%r14,%rsi)
	vmovups	%zmm0, 640(%r14,%rsi)
	vmovups	%zmm0, 704(%r14,%rsi)
	leaq	(%r14,%rsi), %rdx
	vmovups	(%r14,%rsi), %zmm12
	vmovups	64(%r14,%rsi), %zmm11
	vmovups	128(%r14,%rsi), %zmm10
	vmovups	192(%r14,%rsi), %zmm9
	vmovups	256(%r14,%rsi), %zmm8
	vmovups	320(%r14,%rsi), %zmm7
	vmovups	384(%r14,%rsi), %zmm6
	vmovups	448(%r14,%rsi), %zmm5
	vmovups	512(%r14,%rsi), %zmm4
	vmovups	576(%r14,%rsi), %zmm3
	vmovups	640(%r14,%rsi), %zmm2
	vmovups	704(%r14,%rsi), %zmm1
	movq	%r8, %rsi
	.p2align	4
.LBB52_8:
	vbroadcastss	(%rcx,%rdi,4), %zmm13
	incq	%rdi
	vmulps	-640(%rsi), %zmm13, %zmm16
	vmulps	-576(%rsi), %zmm13, %zmm15
	vmulps	-704(%rsi), %zmm13, %zmm14
	vaddps	%zmm16, %zmm11, %zmm11
	vaddps	%zmm15, %zmm10, %zmm10
	vmulps	-512(%rsi), %zmm13, %zmm16
	vmulps	-448(%rsi), %zmm13, %zmm15
	vaddps	%zmm14, %zmm12, %zmm12
	vaddps	%zmm16, %zmm9, %zmm9
	vaddps	%zmm15, %zmm8, %zmm8
	vmulps	-384(%rsi), %zmm13, %zmm16
	vmulps	-320(%rsi), %zmm13, %zmm15
	vaddps	%zmm16, %zmm7, %zmm7
	vaddps	%zmm15, %zmm6, %zmm6
	vmulps	-256(%rsi), %zmm13, %zmm16
	vmulps	-192(%rsi), %zmm13, %zmm15
	vaddps	%zmm16, %zmm5, %zmm5
	vaddps	%zmm15, %zmm4, %zmm4
	vmulps	-128(%rsi), %zmm13, %zmm16
	vmulps	-64(%rsi), %zmm13, %zmm15
	vmulps	(%rsi), %zmm13, %zmm13
	addq	%r13, %rsi
	vaddps	%zmm16, %zmm3, %zmm3
	vaddps	%zmm15, %zmm2, %zmm2
	vaddps	%zmm13, %zmm1, %zmm1
	cmpq	$64, %rdi
	jne	.LBB52_8
	incq	%rax
	addq	$256, %rcx
	vmovups	%zmm12, (%rdx)
	vmovups	%zmm11, 64(%rdx)
	vmovups	%zmm10, 128(%rdx)
	vmovups	%zmm9, 192(%rdx)
	vmovups	%zmm8, 256(%rdx)
	vmovups	%zmm7, 320(%rdx)
	vmovups	%zmm6, 384(%rdx)
	vmovups	%zmm5, 448(%rdx)
	vmovups	%zmm4, 512(%rdx)
	vmovups	%zmm3, 576(%rdx)
	vmovups	%zmm2, 640(%rdx)
	vmovups	%zmm1, 704(%rdx)
	cmpq	40(%rsp), %rax
	jne	.LBB52_7
	movq	16(%rsp), %rax
	movq	112(%rsp), %rsi
	xorl	%edx, %edx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rbp, %rdi
	leaq	(,%rax,4), %r15
	imulq	$252, %rsi, %rax
	leaq	(,%rsi,4), %rcx
	shrq	$61, %rsi
	andl	$1, %esi
	leaq	768(%rbx,%rax), %rax
	movq	%rax, 176(%rsp)
	jmp	.LBB52_11
	.p2align	4
.LBB52_16:
	incq	%rdx
	addq	%r15, %rdi
	cmpq	40(%rsp), %rdx
	je	.LBB52_17
.LBB52_11:
	movq	%r15, %rax
	imulq	%rdx, %rax
	movq	%rdx, %r8
	shlq	$8, %r8
	movq	%rdx, %r9
	imulq	16(%rsp), %r9
	addq	%r12, %r8
	leaq	(%rbp,%rax), %r10
	cmpq	176(%rsp), %r10
	leaq	768(%rbp,%rax), %r11
	vmovups	%zmm0, 704(%rbp,%rax)
	vmovups	%zmm0, 640(%rbp,%rax)
	vmovups	%zmm0, 576(%rbp,%rax)
	vmovups	%zmm0, 512(%rbp,%rax)
	vmovups	%zmm0, 448(%rbp,%rax)
	vmovups	%zmm0, 384(%rbp,%rax)
	vmovups	%zmm0, 320(%rbp,%rax)
	vmovups	%zmm0, 256(%rbp,%rax)
	vmovups	%zmm0, 192(%rbp,%rax)
	vmovups	%zmm0, 128(%rbp,%rax)
	vmovups	%zmm0, 64(%rbp,%rax)
	vmovups	%zmm0, (%rbp,%rax)
	setb	%al
	cmpq	%r11, %rbx
	movq	%rbx, %r11
	setb	%r10b
	xorl	%r13d, %r13d
	andb	%al, %r10b
	orb	%sil, %r10b
	jmp	.LBB52_12
	.p2align	4
.LBB52_25:
	movq	%r13, %rax
	imulq	112(%rsp), %rax
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	64(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	128(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	192(%rbx,%rax,4), %zmm1, %zmm5
	vaddps	(%rbp,%r9,4), %zmm2, %zmm2
	vaddps	64(%rbp,%r9,4), %zmm3, %zmm3
	vaddps	128(%rbp,%r9,4), %zmm4, %zmm4
	vaddps	192(%rbp,%r9,4), %zmm5, %zmm5
	vmovups	%zmm2, (%rbp,%r9,4)
	vmovups	%zmm3, 64(%rbp,%r9,4)
	vmovups	%zmm4, 128(%rbp,%r9,4)
	vmovups	%zmm5, 192(%rbp,%r9,4)
	vmulps	256(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	320(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	384(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	448(%rbx,%rax,4), %zmm1, %zmm5
	vaddps	256(%rbp,%r9,4), %zmm2, %zmm2
	vaddps	320(%rbp,%r9,4), %zmm3, %zmm3
	vaddps	384(%rbp,%r9,4), %zmm4, %zmm4
	vaddps	448(%rbp,%r9,4), %zmm5, %zmm5
	vmovups	%zmm2, 256(%rbp,%r9,4)
	vmovups	%zmm3, 320(%rbp,%r9,4)
	vmovups	%zmm4, 384(%rbp,%r9,4)
	vmovups	%zmm5, 448(%rbp,%r9,4)
	vmulps	512(%rbx,%rax,4), %zmm1, %zmm2
	vmulps	576(%rbx,%rax,4), %zmm1, %zmm3
	vmulps	640(%rbx,%rax,4), %zmm1, %zmm4
	vmulps	704(%rbx,%rax,4), %zmm1, %zmm1
	vaddps	512(%rbp,%r9,4), %zmm2, %zmm2
	vaddps	576(%rbp,%r9,4), %zmm3, %zmm3
	vaddps	640(%rbp,%r9,4), %zmm4, %zmm4
	vaddps	704(%rbp,%r9,4), %zmm1, %zmm1
	vmovups	%zmm2, 512(%rbp,%r9,4)
	vmovups	%zmm3, 576(%rbp,%r9,4)
	vmovups	%zmm4, 640(%rbp,%r9,4)
	vmovups	%zmm1, 704(%rbp,%r9,4)
.LBB52_15:
	incq	%r13
	addq	%rcx, %r11
	cmpq	$64, %r13
	je	.LBB52_16
.LBB52_12:
	vmovss	(%r8,%r13,4), %xmm1
	testb	%r10b, %r10b
	je	.LBB52_25
	movl	$11, %eax
	.p2align	4
.LBB52_14:
	vmulss	-44(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-44(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -44(%rdi,%rax,4)
	vmulss	-40(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-40(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -40(%rdi,%rax,4)
	vmulss	-36(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-36(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -36(%rdi,%rax,4)
	vmulss	-32(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-32(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -32(%rdi,%rax,4)
	vmulss	-28(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-28(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%rdi,%rax,4)
	vmulss	-24(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-24(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%rdi,%rax,4)
	vmulss	-20(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-20(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%rdi,%rax,4)
	vmulss	-16(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-16(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%rdi,%rax,4)
	vmulss	-12(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-12(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%rdi,%rax,4)
	vmulss	-8(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-8(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%rdi,%rax,4)
	vmulss	-4(%r11,%rax,4), %xmm1, %xmm2
	vaddss	-4(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%rdi,%rax,4)
	vmulss	(%r11,%rax,4), %xmm1, %xmm2
	vaddss	(%rdi,%rax,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rdi,%rax,4)
	addq	$12, %rax
	cmpq	$203, %rax
	jne	.LBB52_14
	jmp	.LBB52_15
.LBB52_17:
	xorl	%ebx, %ebx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r14, %r12
	.p2align	4
.LBB52_18:
	xorl	%r13d, %r13d
	.p2align	4
.LBB52_19:
	vmovups	(%r12,%r13,4), %zmm1
	vsubps	%zmm1, %zmm0, %zmm0
	vmovups	%zmm1, 176(%rsp)
	vmovups	%zmm0, 112(%rsp)
	vextractf32x4	$3, %zmm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, 48(%rsp)
	vmovshdup	16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	48(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 48(%rsp)
	vpermilpd	$1, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	48(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 48(%rsp)
	vpermilps	$255, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	48(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 48(%rsp)
	vmovups	112(%rsp), %zmm0
	vextractf32x4	$2, %zmm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, (%rsp)
	vmovshdup	16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilpd	$1, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilps	$255, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vinsertf128	$1, 48(%rsp), %ymm0, %ymm0
	vmovups	%ymm0, 48(%rsp)
	vmovups	112(%rsp), %zmm0
	vextractf128	$1, %ymm0, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, (%rsp)
	vmovshdup	16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilpd	$1, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilps	$255, 16(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$48, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, 16(%rsp)
	vmovups	112(%rsp), %zmm0
	vzeroupper
	callq	expf@PLT
	vmovaps	%xmm0, (%rsp)
	vmovshdup	112(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$16, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilpd	$1, 112(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm1
	vinsertps	$32, %xmm0, %xmm1, %xmm0
	vmovaps	%xmm0, (%rsp)
	vpermilps	$255, 112(%rsp), %xmm0
	callq	expf@PLT
	vmovaps	(%rsp), %xmm2
	vbroadcastss	.LCPI52_2(%rip), %zmm1
	vinsertps	$48, %xmm0, %xmm2, %xmm0
	vinsertf128	$1, 16(%rsp), %ymm0, %ymm0
	vmovups	176(%rsp), %zmm2
	vinsertf64x4	$1, 48(%rsp), %zmm0, %zmm0
	vaddps	%zmm1, %zmm0, %zmm0
	vdivps	%zmm0, %zmm2, %zmm0
	vmulps	(%rbp,%r13,4), %zmm0, %zmm0
	vmovups	%zmm0, (%rbp,%r13,4)
	addq	$16, %r13
	vxorps	%xmm0, %xmm0, %xmm0
	cmpq	$192, %r13
	jne	.LBB52_19
	incq	%rbx
	addq	%r15, %rbp
	addq	$768, %r12
	cmpq	40(%rsp), %rbx
	jne	.LBB52_18
	movq	96(%rsp), %r12
	jmp	.LBB52_22
.LBB52_23:
	movq	88(%rsp), %rax
	leaq	(%rax,%rax,2), %rdi
	callq	malloc@PLT
	movq	%rax, %r14
.LBB52_22:
	movq	%r12, %rdi
	vzeroupper
	callq	free@PLT
	movq	%r14, %rdi
	addq	$248, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	jmp	free@PLT
.Lfunc_end52:
	.size	k87, .Lfunc_end52-k87

	.globl	_mlir_ciface_k87
	.p2align	4
	.type	_mlir_ciface_k87,@function
_mlir_ciface_k87:
	pushq	%r14
	pushq	%rbx
	subq	$232, %rsp
	movq	8(%rdx), %r10
	movq	8(%rcx), %r11
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	40(%rcx), %rcx
	movq	8(%r8), %rbx
	movq	24(%r8), %r14
	movq	40(%r8), %r8
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%r8, 216(%rsp)
	movq	%r14, 200(%rsp)
	movq	%rbx, 184(%rsp)
	movq	%rcx, 160(%rsp)
	movq	%r11, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r10, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k87@PLT
	addq	$232, %rsp
	popq	%rbx
	popq	%r14
	retq
.Lfunc_end53:
	.size	_mlir_ciface_k87, .Lfunc_end53-_mlir_ciface_k87

	.globl	k89
	.p2align	4
	.type	k89,@function
k89:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	cmpq	$0, 144(%rsp)
	movq	%r9, -8(%rsp)
	movq	%rsi, -16(%rsp)
	jle	.LBB54_8
	movq	104(%rsp), %rdi
	movq	160(%rsp), %rax
	movq	72(%rsp), %r8
	movq	128(%rsp), %rdx
	xorl	%ecx, %ecx
	vxorps	%xmm0, %xmm0, %xmm0
	leaq	(,%rax,4), %rsi
	imulq	$764, %rdi, %rax
	movq	%rdi, %r13
	shrq	$61, %r13
	leaq	(,%rdi,4), %r14
	leaq	28(%rdx), %r15
	andl	$1, %r13d
	leaq	256(%r8,%rax), %r11
	jmp	.LBB54_2
	.p2align	4
.LBB54_7:
	incq	%rcx
	addq	%rsi, %r15
	cmpq	144(%rsp), %rcx
	je	.LBB54_8
.LBB54_2:
	movq	%rsi, %rax
	imulq	%rcx, %rax
	movq	-16(%rsp), %rbx
	movq	%rcx, %r12
	imulq	160(%rsp), %r12
	leaq	(%rdx,%rax), %r9
	leaq	256(%rdx,%rax), %r10
	vmovups	%zmm0, 192(%rdx,%rax)
	vmovups	%zmm0, 128(%rdx,%rax)
	vmovups	%zmm0, 64(%rdx,%rax)
	vmovups	%zmm0, (%rdx,%rax)
	movq	%rcx, %rax
	imulq	-8(%rsp), %rax
	cmpq	%r11, %r9
	setb	%r9b
	cmpq	%r10, %r8
	leaq	(%rbx,%rax,4), %rbp
	setb	%al
	leaq	28(%r8), %rbx
	xorl	%r10d, %r10d
	andb	%r9b, %al
	orb	%r13b, %al
	jmp	.LBB54_3
	.p2align	4
.LBB54_9:
	movq	%r10, %r9
	imulq	%rdi, %r9
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%r8,%r9,4), %zmm1, %zmm2
	vmulps	64(%r8,%r9,4), %zmm1, %zmm3
	vmulps	128(%r8,%r9,4), %zmm1, %zmm4
	vmulps	192(%r8,%r9,4), %zmm1, %zmm1
	vaddps	(%rdx,%r12,4), %zmm2, %zmm2
	vaddps	64(%rdx,%r12,4), %zmm3, %zmm3
	vaddps	128(%rdx,%r12,4), %zmm4, %zmm4
	vaddps	192(%rdx,%r12,4), %zmm1, %zmm1
	vmovups	%zmm2, (%rdx,%r12,4)
	vmovups	%zmm3, 64(%rdx,%r12,4)
	vmovups	%zmm4, 128(%rdx,%r12,4)
	vmovups	%zmm1, 192(%rdx,%r12,4)
.LBB54_6:
	incq	%r10
	addq	%r14, %rbx
	cmpq	$192, %r10
	je	.LBB54_7
.LBB54_3:
	vmovss	(%rbp,%r10,4), %xmm1
	testb	%al, %al
	je	.LBB54_9
	xorl	%r9d, %r9d
	.p2align	4
.LBB54_5:
	vmulss	-28(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-28(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r15,%r9,4)
	vmulss	-24(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-24(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r15,%r9,4)
	vmulss	-20(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-20(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r15,%r9,4)
	vmulss	-16(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-16(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r15,%r9,4)
	vmulss	-12(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-12(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r15,%r9,4)
	vmulss	-8(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-8(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r15,%r9,4)
	vmulss	-4(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	-4(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r15,%r9,4)
	vmulss	(%rbx,%r9,4), %xmm1, %xmm2
	vaddss	(%r15,%r9,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r15,%r9,4)
	addq	$8, %r9
	cmpq	$64, %r9
	jne	.LBB54_5
	jmp	.LBB54_6
.LBB54_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end54:
	.size	k89, .Lfunc_end54-k89

	.globl	_mlir_ciface_k89
	.p2align	4
	.type	_mlir_ciface_k89,@function
_mlir_ciface_k89:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	24(%rdx), %rax
	movq	%rax, -8(%rsp)
	testq	%rax, %rax
	jle	.LBB55_8
	movq	8(%rdi), %rax
	movq	8(%rsi), %r8
	movq	40(%rsi), %rsi
	movq	8(%rdx), %r9
	movq	40(%rdi), %rcx
	movq	40(%rdx), %rdx
	xorl	%ebx, %ebx
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%rax, -16(%rsp)
	imulq	$764, %rsi, %rax
	movq	%rsi, %r13
	shrq	$61, %r13
	movq	%rcx, -24(%rsp)
	leaq	(,%rdx,4), %rcx
	leaq	(,%rsi,4), %r14
	leaq	28(%r9), %r15
	andl	$1, %r13d
	leaq	256(%r8,%rax), %rax
	movq	%rax, -32(%rsp)
	jmp	.LBB55_2
	.p2align	4
.LBB55_7:
	incq	%rbx
	addq	%r11, %r15
	movq	%r11, %rcx
	cmpq	-8(%rsp), %rbx
	je	.LBB55_8
.LBB55_2:
	movq	%rcx, %rax
	imulq	%rbx, %rax
	movq	%rcx, %r11
	movq	%rbx, %r12
	movq	-16(%rsp), %r10
	imulq	%rdx, %r12
	leaq	(%r9,%rax), %rcx
	leaq	256(%r9,%rax), %rdi
	vmovups	%zmm0, 192(%r9,%rax)
	vmovups	%zmm0, 128(%r9,%rax)
	vmovups	%zmm0, 64(%r9,%rax)
	vmovups	%zmm0, (%r9,%rax)
	movq	%rbx, %rax
	imulq	-24(%rsp), %rax
	cmpq	-32(%rsp), %rcx
	leaq	(%r10,%rax,4), %rbp
	setb	%al
	cmpq	%rdi, %r8
	leaq	28(%r8), %rdi
	setb	%cl
	andb	%al, %cl
	xorl	%eax, %eax
	orb	%r13b, %cl
	jmp	.LBB55_3
	.p2align	4
.LBB55_9:
	movq	%rax, %r10
	imulq	%rsi, %r10
	vbroadcastss	%xmm1, %zmm1
	vmulps	(%r8,%r10,4), %zmm1, %zmm2
	vmulps	64(%r8,%r10,4), %zmm1, %zmm3
	vmulps	128(%r8,%r10,4), %zmm1, %zmm4
	vmulps	192(%r8,%r10,4), %zmm1, %zmm1
	vaddps	(%r9,%r12,4), %zmm2, %zmm2
	vaddps	64(%r9,%r12,4), %zmm3, %zmm3
	vaddps	128(%r9,%r12,4), %zmm4, %zmm4
	vaddps	192(%r9,%r12,4), %zmm1, %zmm1
	vmovups	%zmm2, (%r9,%r12,4)
	vmovups	%zmm3, 64(%r9,%r12,4)
	vmovups	%zmm4, 128(%r9,%r12,4)
	vmovups	%zmm1, 192(%r9,%r12,4)
.LBB55_6:
	incq	%rax
	addq	%r14, %rdi
	cmpq	$192, %rax
	je	.LBB55_7
.LBB55_3:
	vmovss	(%rbp,%rax,4), %xmm1
	testb	%cl, %cl
	je	.LBB55_9
	xorl	%r10d, %r10d
	.p2align	4
.LBB55_5:
	vmulss	-28(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-28(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -28(%r15,%r10,4)
	vmulss	-24(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-24(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -24(%r15,%r10,4)
	vmulss	-20(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-20(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -20(%r15,%r10,4)
	vmulss	-16(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-16(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -16(%r15,%r10,4)
	vmulss	-12(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-12(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -12(%r15,%r10,4)
	vmulss	-8(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-8(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -8(%r15,%r10,4)
	vmulss	-4(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	-4(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, -4(%r15,%r10,4)
	vmulss	(%rdi,%r10,4), %xmm1, %xmm2
	vaddss	(%r15,%r10,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r15,%r10,4)
	addq	$8, %r10
	cmpq	$64, %r10
	jne	.LBB55_5
	jmp	.LBB55_6
.LBB55_8:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end55:
	.size	_mlir_ciface_k89, .Lfunc_end55-_mlir_ciface_k89

	.globl	k90
	.p2align	4
	.type	k90,@function
k90:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	144(%rsp), %rdi
	movq	%r9, -8(%rsp)
	testq	%rdi, %rdi
	jle	.LBB56_6
	movq	160(%rsp), %rax
	movq	128(%rsp), %rdx
	leaq	-1(%rdi), %rcx
	movq	104(%rsp), %r12
	movq	72(%rsp), %r8
	movq	%rax, %r10
	imulq	%rcx, %r10
	leaq	60(%r8), %r15
	leaq	60(%rdx), %r13
	leaq	256(%rdx,%r10,4), %r11
	leaq	(,%rax,4), %r10
	movq	-8(%rsp), %rax
	movq	%rax, %rbx
	imulq	%rcx, %rbx
	imulq	%r12, %rcx
	movq	%rax, %r14
	leaq	(,%rax,4), %r9
	leaq	256(%rsi,%rbx,4), %rbx
	leaq	256(%r8,%rcx,4), %rcx
	cmpq	%rbx, %rdx
	setb	%bl
	cmpq	%r11, %rsi
	setb	%bpl
	andb	%bl, %bpl
	testq	%r10, %r10
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%rcx, %rdx
	setb	%cl
	cmpq	%r11, %r8
	movq	%r12, %r11
	leaq	(,%r12,4), %r12
	setb	%bpl
	shrq	$61, %r11
	xorl	%eax, %eax
	andl	$1, %r11d
	andb	%cl, %bpl
	orb	%bl, %r11b
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rsi), %r14
	jmp	.LBB56_2
	.p2align	4
.LBB56_7:
	movq	%rax, %rcx
	imulq	-8(%rsp), %rcx
	movq	%rax, %rbp
	imulq	104(%rsp), %rbp
	movq	%r10, %rbx
	movq	%rdi, %r10
	movq	%rax, %rdi
	imulq	160(%rsp), %rdi
	vmovups	(%rsi,%rcx,4), %zmm0
	vmovups	64(%rsi,%rcx,4), %zmm1
	vmovups	128(%rsi,%rcx,4), %zmm2
	vmovups	192(%rsi,%rcx,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%rdx,%rdi,4)
	vmovups	%zmm1, 64(%rdx,%rdi,4)
	vmovups	%zmm2, 128(%rdx,%rdi,4)
	vmovups	%zmm3, 192(%rdx,%rdi,4)
	movq	%r10, %rdi
	movq	%rbx, %r10
.LBB56_5:
	incq	%rax
	addq	%r9, %r14
	addq	%r12, %r15
	addq	%r10, %r13
	cmpq	%rdi, %rax
	je	.LBB56_6
.LBB56_2:
	testb	%r11b, %r11b
	je	.LBB56_7
	xorl	%ecx, %ecx
	.p2align	4
.LBB56_4:
	vmovss	-60(%r14,%rcx,4), %xmm0
	vaddss	-60(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%rcx,4)
	vmovss	-56(%r14,%rcx,4), %xmm0
	vaddss	-56(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%rcx,4)
	vmovss	-52(%r14,%rcx,4), %xmm0
	vaddss	-52(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%rcx,4)
	vmovss	-48(%r14,%rcx,4), %xmm0
	vaddss	-48(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%rcx,4)
	vmovss	-44(%r14,%rcx,4), %xmm0
	vaddss	-44(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%rcx,4)
	vmovss	-40(%r14,%rcx,4), %xmm0
	vaddss	-40(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%rcx,4)
	vmovss	-36(%r14,%rcx,4), %xmm0
	vaddss	-36(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%rcx,4)
	vmovss	-32(%r14,%rcx,4), %xmm0
	vaddss	-32(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%rcx,4)
	vmovss	-28(%r14,%rcx,4), %xmm0
	vaddss	-28(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%rcx,4)
	vmovss	-24(%r14,%rcx,4), %xmm0
	vaddss	-24(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%rcx,4)
	vmovss	-20(%r14,%rcx,4), %xmm0
	vaddss	-20(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%rcx,4)
	vmovss	-16(%r14,%rcx,4), %xmm0
	vaddss	-16(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%rcx,4)
	vmovss	-12(%r14,%rcx,4), %xmm0
	vaddss	-12(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%rcx,4)
	vmovss	-8(%r14,%rcx,4), %xmm0
	vaddss	-8(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%rcx,4)
	vmovss	-4(%r14,%rcx,4), %xmm0
	vaddss	-4(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%rcx,4)
	vmovss	(%r14,%rcx,4), %xmm0
	vaddss	(%r15,%rcx,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%rcx,4)
	addq	$16, %rcx
	cmpq	$64, %rcx
	jne	.LBB56_4
	jmp	.LBB56_5
.LBB56_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	retq
.Lfunc_end56:
	.size	k90, .Lfunc_end56-k90

	.globl	_mlir_ciface_k90
	.p2align	4
	.type	_mlir_ciface_k90,@function
_mlir_ciface_k90:
	movq	24(%rdx), %rax
	testq	%rax, %rax
	jle	.LBB57_7
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	movq	8(%rdi), %rcx
	movq	40(%rdi), %rdi
	movq	8(%rdx), %r9
	movq	40(%rdx), %rdx
	leaq	-1(%rax), %r10
	movq	40(%rsi), %r13
	movq	8(%rsi), %r8
	movq	%rdi, %rbx
	imulq	%r10, %rbx
	movq	%rdx, %r11
	imulq	%r10, %r11
	imulq	%r13, %r10
	movq	%rdx, -8(%rsp)
	leaq	(,%rdx,4), %rdx
	movq	%rdi, %r14
	leaq	(,%r13,4), %r12
	leaq	60(%r8), %r15
	movq	%r13, -24(%rsp)
	movq	%rdi, -16(%rsp)
	leaq	256(%rcx,%rbx,4), %rbx
	leaq	256(%r9,%r11,4), %r11
	leaq	256(%r8,%r10,4), %r10
	cmpq	%rbx, %r9
	setb	%bl
	cmpq	%r11, %rcx
	setb	%bpl
	andb	%bl, %bpl
	testq	%rdx, %rdx
	sets	%bl
	shrq	$61, %r14
	andl	$1, %r14d
	orb	%bl, %r14b
	orb	%bpl, %r14b
	cmpq	%r10, %r9
	setb	%r10b
	cmpq	%r11, %r8
	movq	%r13, %r11
	leaq	60(%r9), %r13
	setb	%bpl
	shrq	$61, %r11
	andl	$1, %r11d
	andb	%r10b, %bpl
	orb	%bl, %r11b
	leaq	(,%rdi,4), %rbx
	xorl	%edi, %edi
	orb	%bpl, %r11b
	orb	%r14b, %r11b
	leaq	60(%rcx), %r14
	jmp	.LBB57_2
	.p2align	4
.LBB57_8:
	movq	%rdi, %r10
	imulq	-16(%rsp), %r10
	movq	%rdi, %rbp
	imulq	-24(%rsp), %rbp
	movq	%rbx, %rsi
	movq	%rdx, %rbx
	movq	%rdi, %rdx
	imulq	-8(%rsp), %rdx
	vmovups	(%rcx,%r10,4), %zmm0
	vmovups	64(%rcx,%r10,4), %zmm1
	vmovups	128(%rcx,%r10,4), %zmm2
	vmovups	192(%rcx,%r10,4), %zmm3
	vaddps	(%r8,%rbp,4), %zmm0, %zmm0
	vaddps	64(%r8,%rbp,4), %zmm1, %zmm1
	vaddps	128(%r8,%rbp,4), %zmm2, %zmm2
	vaddps	192(%r8,%rbp,4), %zmm3, %zmm3
	vmovups	%zmm0, (%r9,%rdx,4)
	vmovups	%zmm1, 64(%r9,%rdx,4)
	vmovups	%zmm2, 128(%r9,%rdx,4)
	vmovups	%zmm3, 192(%r9,%rdx,4)
	movq	%rbx, %rdx
	movq	%rsi, %rbx
.LBB57_5:
	incq	%rdi
	addq	%rbx, %r14
	addq	%r12, %r15
	addq	%rdx, %r13
	cmpq	%rax, %rdi
	je	.LBB57_6
.LBB57_2:
	testb	%r11b, %r11b
	je	.LBB57_8
	xorl	%r10d, %r10d
	.p2align	4
.LBB57_4:
	vmovss	-60(%r14,%r10,4), %xmm0
	vaddss	-60(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -60(%r13,%r10,4)
	vmovss	-56(%r14,%r10,4), %xmm0
	vaddss	-56(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -56(%r13,%r10,4)
	vmovss	-52(%r14,%r10,4), %xmm0
	vaddss	-52(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -52(%r13,%r10,4)
	vmovss	-48(%r14,%r10,4), %xmm0
	vaddss	-48(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -48(%r13,%r10,4)
	vmovss	-44(%r14,%r10,4), %xmm0
	vaddss	-44(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -44(%r13,%r10,4)
	vmovss	-40(%r14,%r10,4), %xmm0
	vaddss	-40(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -40(%r13,%r10,4)
	vmovss	-36(%r14,%r10,4), %xmm0
	vaddss	-36(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -36(%r13,%r10,4)
	vmovss	-32(%r14,%r10,4), %xmm0
	vaddss	-32(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -32(%r13,%r10,4)
	vmovss	-28(%r14,%r10,4), %xmm0
	vaddss	-28(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -28(%r13,%r10,4)
	vmovss	-24(%r14,%r10,4), %xmm0
	vaddss	-24(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -24(%r13,%r10,4)
	vmovss	-20(%r14,%r10,4), %xmm0
	vaddss	-20(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -20(%r13,%r10,4)
	vmovss	-16(%r14,%r10,4), %xmm0
	vaddss	-16(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -16(%r13,%r10,4)
	vmovss	-12(%r14,%r10,4), %xmm0
	vaddss	-12(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -12(%r13,%r10,4)
	vmovss	-8(%r14,%r10,4), %xmm0
	vaddss	-8(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -8(%r13,%r10,4)
	vmovss	-4(%r14,%r10,4), %xmm0
	vaddss	-4(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, -4(%r13,%r10,4)
	vmovss	(%r14,%r10,4), %xmm0
	vaddss	(%r15,%r10,4), %xmm0, %xmm0
	vmovss	%xmm0, (%r13,%r10,4)
	addq	$16, %r10
	cmpq	$64, %r10
	jne	.LBB57_4
	jmp	.LBB57_5
.LBB57_6:
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
.LBB57_7:
	vzeroupper
	retq
.Lfunc_end57:
	.size	_mlir_ciface_k90, .Lfunc_end57-_mlir_ciface_k90

	.section	.rodata.cst4,"aM",@progbits,4
	.p2align	2, 0x0
.LCPI58_0:
	.long	0x3c800000
.LCPI58_1:
	.long	0x3727c5ac
.LCPI58_2:
	.long	0x3f800000
	.text
	.globl	k93
	.p2align	4
	.type	k93,@function
k93:
	pushq	%rbp
	pushq	%r15
	pushq	%r14
	pushq	%r13
	pushq	%r12
	pushq	%rbx
	subq	$56, %rsp
	movq	272(%rsp), %rax
	movq	%r9, %rbp
	movq	%rsi, %r14
	movq	%rax, 32(%rsp)
	movq	216(%rsp), %rax
	movq	256(%rsp), %r12
	movq	240(%rsp), %r13
	movq	%rax, 24(%rsp)
	movq	%r12, %rdi
	shlq	$8, %rdi
	movq	128(%rsp), %rax
	movq	184(%rsp), %r15
	movq	160(%rsp), %rbx
	movq	%rax, 8(%rsp)
	callq	malloc@PLT
	movq	%rax, 16(%rsp)
	movq	%r12, 40(%rsp)
	testq	%r12, %r12
	jle	.LBB58_19
	leaq	(,%rbp,4), %rdx
	vmovss	.LCPI58_0(%rip), %xmm0
	vmovss	.LCPI58_1(%rip), %xmm1
	vmovss	.LCPI58_2(%rip), %xmm2
	leaq	(,%rbx,4), %r8
	movq	%rbx, %rdi
	leaq	28(%r14), %rcx
	shlq	$5, %rdi
	xorl	%r9d, %r9d
	movq	%rdx, 48(%rsp)
	leaq	(%r8,%r8), %r10
	movq	16(%rsp), %rax
	leaq	28(%rax), %rsi
	jmp	.LBB58_2
	.p2align	4
.LBB58_5:
	leaq	(%r14,%r11,4), %r11
	movq	8(%rsp), %r12
	vbroadcastss	%xmm3, %zmm3
	movq	%r9, %rdx
	shlq	$8, %rdx
	vmulps	(%r11), %zmm3, %zmm4
	vmulps	64(%r11), %zmm3, %zmm5
	vmulps	128(%r11), %zmm3, %zmm6
	vmulps	192(%r11), %zmm3, %zmm3
	movq	16(%rsp), %r11
	vmulps	(%r12), %zmm4, %zmm4
	vmulps	64(%r12), %zmm5, %zmm5
	vmulps	128(%r12), %zmm6, %zmm6
	vmulps	192(%r12), %zmm3, %zmm3
	vmovups	%zmm4, (%r11,%rdx)
	vmovups	%zmm5, 64(%r11,%rdx)
	vmovups	%zmm6, 128(%r11,%rdx)
	vmovups	%zmm3, 192(%r11,%rdx)
.LBB58_6:
	addq	48(%rsp), %rcx
	incq	%r9
	addq	$256, %rsi
	movq	%rax, %rbp
	cmpq	40(%rsp), %r9
	je	.LBB58_7
.LBB58_2:
	movq	%r9, %r11
	imulq	%rbp, %r11
	movq	%rbp, %rax
	vmovss	(%r14,%r11,4), %xmm3
	vmovss	4(%r14,%r11,4), %xmm4
	vmulss	%xmm3, %xmm3, %xmm3
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	8(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	12(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	16(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	20(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	24(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	28(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	32(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	36(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	40(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	44(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	48(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	52(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	56(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	60(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	64(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	68(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	72(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	76(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	80(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	84(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	88(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	92(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	96(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	100(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	104(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	108(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	112(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	116(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	120(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	124(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	128(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	132(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	136(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	140(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	144(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	148(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	152(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	156(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	160(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	164(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	168(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	172(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	176(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	180(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	184(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	188(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	192(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	196(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	200(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	204(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	208(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	212(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	216(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	220(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	224(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	228(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	232(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	236(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	240(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	244(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	248(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmovss	252(%r14,%r11,4), %xmm4
	vmulss	%xmm4, %xmm4, %xmm4
	vaddss	%xmm4, %xmm3, %xmm3
	vmulss	%xmm0, %xmm3, %xmm3
	vsqrtss	%xmm3, %xmm3, %xmm3
	vaddss	%xmm1, %xmm3, %xmm3
	vdivss	%xmm3, %xmm2, %xmm3
	cmpq	$1, %rbx
	je	.LBB58_5
	movq	8(%rsp), %r11
	xorl	%edx, %edx
	.p2align	4
.LBB58_4:
	vmulss	-28(%rcx,%rdx,4), %xmm3, %xmm4
	leaq	(%r11,%r8), %rbp
	addq	%r8, %rbp
	vmulss	(%r11), %xmm4, %xmm4
	vmovss	%xmm4, -28(%rsi,%rdx,4)
	vmulss	-24(%rcx,%rdx,4), %xmm3, %xmm4
	vmulss	(%r11,%rbx,4), %xmm4, %xmm4
	vmovss	%xmm4, -24(%rsi,%rdx,4)
	vmulss	-20(%rcx,%rdx,4), %xmm3, %xmm4
	vmulss	(%r11,%rbx,8), %xmm4, %xmm4
	addq	%rdi, %r11
	vmovss	%xmm4, -20(%rsi,%rdx,4)
	vmulss	-16(%rcx,%rdx,4), %xmm3, %xmm4
	vmulss	(%rbp,%rbx,4), %xmm4, %xmm4
	vmovss	%xmm4, -16(%rsi,%rdx,4)
	vmulss	-12(%rcx,%rdx,4), %xmm3, %xmm4
	vmulss	(%rbp,%rbx,8), %xmm4, %xmm4
	addq	%r10, %rbp
	leaq	(%rbp,%rbx,4), %r12
	vmovss	%xmm4, -12(%rsi,%rdx,4)
	vmulss	-8(%rcx,%rdx,4), %xmm3, %xmm4
	vmulss	(%rbp,%rbx,4), %xmm4, %xmm4
	vmovss	%xmm4, -8(%rsi,%rdx,4)
	vmulss	-4(%rcx,%rdx,4), %xmm3, %xmm4
	vmulss	(%r8,%r12), %xmm4, %xmm4
	addq	%r8, %r12
	vmovss	%xmm4, -4(%rsi,%rdx,4)
	vmulss	(%rcx,%rdx,4), %xmm3, %xmm4
	vmulss	(%r8,%r12), %xmm4, %xmm4
	vmovss	%xmm4, (%rsi,%rdx,4)
	addq	$8, %rdx
	cmpq	$64, %rdx
	jne	.LBB58_4
	jmp	.LBB58_6
.LBB58_7:
	movq	32(%rsp), %rcx
	movq	24(%rsp), %rdx
	xorl	%edi, %edi
	vxorps	%xmm0, %xmm0, %xmm0
	movq	%r13, %r8
	leaq	(,%rcx,4), %r9
	imulq	$252, %rdx, %rcx
	leaq	(,%rdx,4), %rsi
	leaq	388(%r15,%rcx), %rax
	movq	%rax, 8(%rsp)
	jmp	.LBB58_8
	.p2align	4
.LBB58_18:
	incq	%rdi
	addq	%rax, %r8
	movq	%rax, %r9
	cmpq	40(%rsp), %rdi
	je	.LBB58_19
.LBB58_8:
	btq	$61, 24(%rsp)
	movq	%r9, %rdx
	movq	%r9, %rax
	movq	%rdi, %r9
	movq	%rdi, %r10
	setae	%cl
	imulq	%rdi, %rdx
	shlq	$8, %r9
	addq	16(%rsp), %r9
	imulq	32(%rsp), %r10
	leaq	(%r13,%rdx), %r11
	cmpq	8(%rsp), %r11
	leaq	388(%r13,%rdx), %rbx
	vmovups	%zmm0, 320(%r13,%rdx)
	vmovups	%zmm0, 256(%r13,%rdx)
	vmovups	%zmm0, 192(%r13,%rdx)
	vmovups	%zmm0, 128(%r13,%rdx)
	vmovups	%zmm0, 64(%r13,%rdx)
	vmovups	%zmm0, (%r13,%rdx)
	movl	$0, 384(%r13,%rdx)
	setae	%dl
	cmpq	%rbx, %r15
	movq	%r15, %rbx
	setae	%r11b
	xorl	%r14d, %r14d
	orb	%dl, %r11b
	andb	%cl, %r11b
	jmp	.LBB58_9
	.p2align	4
.LBB58_17:
	incq	%r14
	addq	%rsi, %rbx
	cmpq	$64, %r14
	je	.LBB58_18
.LBB58_9:
	vmovss	(%r9,%r14,4), %xmm1
	testb	%r11b, %r11b
	je	.LBB58_10
	movq	%r14, %rcx
	imulq	24(%rsp), %rcx
	vbroadcastss	%xmm1, %zmm2
	movl	$96, %r12d
	vmulps	(%r15,%rcx,4), %zmm2, %zmm3
	vmulps	64(%r15,%rcx,4), %zmm2, %zmm4
	vaddps	(%r13,%r10,4), %zmm3, %zmm3
	vaddps	64(%r13,%r10,4), %zmm4, %zmm4
	vmovups	%zmm3, (%r13,%r10,4)
	vmovups	%zmm4, 64(%r13,%r10,4)
	vmulps	128(%r15,%rcx,4), %zmm2, %zmm3
	vmulps	192(%r15,%rcx,4), %zmm2, %zmm4
	vaddps	128(%r13,%r10,4), %zmm3, %zmm3
	vaddps	192(%r13,%r10,4), %zmm4, %zmm4
	vmovups	%zmm3, 128(%r13,%r10,4)
	vmovups	%zmm4, 192(%r13,%r10,4)
	vmulps	256(%r15,%rcx,4), %zmm2, %zmm3
	vmulps	320(%r15,%rcx,4), %zmm2, %zmm2
	vaddps	256(%r13,%r10,4), %zmm3, %zmm3
	vaddps	320(%r13,%r10,4), %zmm2, %zmm2
	vmovups	%zmm3, 256(%r13,%r10,4)
	vmovups	%zmm2, 320(%r13,%r10,4)
	jmp	.LBB58_12
	.p2align	4
.LBB58_10:
	xorl	%r12d, %r12d
.LBB58_12:
	leal	(,%r12,4), %edx
	xorl	%ecx, %ecx
	leaq	(%r8,%rdx), %rbp
	addq	%rbx, %rdx
	.p2align	4
.LBB58_13:
	vmulss	(%rdx,%rcx,4), %xmm1, %xmm2
	vaddss	(%rbp,%rcx,4), %xmm2, %xmm2
	vmovss	%xmm2, (%rbp,%rcx,4)
	incq	%rcx
	cmpq	$1, %rcx
	jne	.LBB58_13
	testb	%r11b, %r11b
	jne	.LBB58_17
	addq	%rcx, %r12
	.p2align	4
.LBB58_16:
	vmulss	(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, (%r8,%r12,4)
	vmulss	4(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	4(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 4(%r8,%r12,4)
	vmulss	8(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	8(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 8(%r8,%r12,4)
	vmulss	12(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	12(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 12(%r8,%r12,4)
	vmulss	16(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	16(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 16(%r8,%r12,4)
	vmulss	20(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	20(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 20(%r8,%r12,4)
	vmulss	24(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	24(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 24(%r8,%r12,4)
	vmulss	28(%rbx,%r12,4), %xmm1, %xmm2
	vaddss	28(%r8,%r12,4), %xmm2, %xmm2
	vmovss	%xmm2, 28(%r8,%r12,4)
	addq	$8, %r12
	cmpq	$97, %r12
	jne	.LBB58_16
	jmp	.LBB58_17
.LBB58_19:
	movq	16(%rsp), %rdi
	addq	$56, %rsp
	popq	%rbx
	popq	%r12
	popq	%r13
	popq	%r14
	popq	%r15
	popq	%rbp
	vzeroupper
	jmp	free@PLT
.Lfunc_end58:
	.size	k93, .Lfunc_end58-k93

	.globl	_mlir_ciface_k93
	.p2align	4
	.type	_mlir_ciface_k93,@function
_mlir_ciface_k93:
	subq	$184, %rsp
	movq	8(%rdx), %r8
	movq	8(%rdi), %rax
	movq	40(%rdi), %r9
	movq	8(%rsi), %rdi
	movq	40(%rsi), %rsi
	movq	40(%rdx), %rdx
	movq	8(%rcx), %r10
	movq	24(%rcx), %r11
	movq	40(%rcx), %rcx
	movq	%rsi, 48(%rsp)
	movq	%rax, %rsi
	movq	%rcx, 160(%rsp)
	movq	%r11, 144(%rsp)
	movq	%r10, 128(%rsp)
	movq	%rdx, 104(%rsp)
	movq	%r8, 72(%rsp)
	movq	%rdi, 16(%rsp)
	callq	k93@PLT
	addq	$184, %rsp
	retq
.Lfunc_end59:
	.size	_mlir_ciface_k93, .Lfunc_end59-_mlir_ciface_k93

	.section	".note.GNU-stack","",@progbits
